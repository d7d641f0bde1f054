// Demo glue for the engine binding: reads the form, shows the answer as text.
import init, { Calculator } from './pkg/sla_calculator.js';

await init();
const calculator = new Calculator();
const form = document.getElementById('deadline-form');
const answer = document.getElementById('answer');

function update() {
  const request = Object.fromEntries(new FormData(form));
  const result = JSON.parse(calculator.deadline(JSON.stringify(request)));
  answer.textContent = result.error
    ? `Error: ${result.error}`
    : `First response due by ${result.deadline_local} (${result.zone}), ${result.deadline_utc} UTC.`;
}
form.addEventListener('input', update);
update();

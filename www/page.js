// The example page's own script (not part of the widget): language buttons
// that set the element's `lang` attribute, as an author might.
const calculator = document.getElementById('calculator');
for (const button of document.querySelectorAll('button[data-lang]')) {
  button.addEventListener('click', () => {
    calculator.setAttribute('lang', button.dataset.lang);
    for (const other of document.querySelectorAll('button[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

//! LEB128 integers: seven bits a byte, low bits first, the high bit set on
//! every byte but the last; signed values zigzagged first (0, -1, 1, -2… as
//! 0, 1, 2, 3…), so small magnitudes take one byte. Both packed forms of the
//! crate use them: the compact catalog and the zone tables' past transitions.
//!
//! ```
//! use sla_calculator::leb128;
//!
//! let mut out = Vec::new();
//! leb128::write_unsigned(&mut out, 300);
//! leb128::write_signed(&mut out, -2);
//! assert_eq!(out, [0xac, 0x02, 0x03]);
//! let mut bytes = &out[..];
//! assert_eq!(leb128::read_unsigned(&mut bytes), Some(300));
//! assert_eq!(leb128::read_signed(&mut bytes), Some(-2));
//! assert_eq!(leb128::read_unsigned(&mut bytes), None);
//! ```

/// Appends `value`.
pub fn write_unsigned(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Appends `value`, zigzagged.
pub fn write_signed(out: &mut Vec<u8>, value: i64) {
    write_unsigned(out, ((value << 1) ^ (value >> 63)) as u64);
}

/// Reads one value from the front of `bytes` and moves past it; `None` when
/// the bytes end first or the value does not fit 64 bits.
pub fn read_unsigned(bytes: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        // The tenth byte holds bit 63 only: anything more does not fit.
        if shift == 63 && byte & 0x7f > 1 {
            return None;
        }
        value |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(value);
        }
    }
    None
}

/// Reads one zigzagged value, as [`read_unsigned`] does.
pub fn read_signed(bytes: &mut &[u8]) -> Option<i64> {
    let value = read_unsigned(bytes)?;
    Some((value >> 1) as i64 ^ -((value & 1) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_values_round_trip() {
        for value in [0, 1, 127, 128, u64::MAX / 2, u64::MAX - 1, u64::MAX] {
            let mut out = Vec::new();
            write_unsigned(&mut out, value);
            assert!(out.len() <= 10);
            assert_eq!(read_unsigned(&mut &out[..]), Some(value), "{value}");
        }
        for value in [i64::MIN, -1, 0, 1, i64::MAX] {
            let mut out = Vec::new();
            write_signed(&mut out, value);
            assert_eq!(read_signed(&mut &out[..]), Some(value), "{value}");
        }
    }

    #[test]
    fn a_tenth_byte_with_more_than_bit_63_is_refused_not_truncated() {
        // u64::MAX is nine 0xff bytes and a final 0x01. A final 0x02 would
        // mean bit 64, which a u64 cannot hold: once it was silently dropped.
        let mut max = vec![0xff; 9];
        max.push(0x01);
        assert_eq!(read_unsigned(&mut &max[..]), Some(u64::MAX));
        for last in [0x02, 0x03, 0x7f] {
            let mut bytes = vec![0xff; 9];
            bytes.push(last);
            assert_eq!(read_unsigned(&mut &bytes[..]), None, "{last:#x}");
        }
        // An eleventh byte never fits either.
        let mut long = vec![0x80; 10];
        long.push(0x00);
        assert_eq!(read_unsigned(&mut &long[..]), None);
    }
}

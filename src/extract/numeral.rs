//! Chinese numerals (中文数字) → numbers: 十五, 一百二十, 一千零五十, 两万, 三千.
//!
//! Reports write small counts and round figures in Chinese numerals (十件民生实事, 三千家); the
//! quantity reader needs their value. Only well-formed numerals are accepted, so set phrases
//! that merely string numeral characters together (十四五, 十五五) are rejected.

/// The value of a Chinese digit (一…九, 两, 零/〇), if `c` is one.
pub fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese unit character (十, 百, 千, 万, 亿), if `c` is one.
pub fn unit_value(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1000.0,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    // One match rather than two lookups: the quantity reader asks this for every char.
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    )
}

/// Parse a whole Chinese numeral such as 一千零五十 (1050) or 两万 (20000).
///
/// Returns `None` for malformed runs (十四五: two digits in a row without a unit between),
/// runs that start with a bare 百/千/万/亿 (千家万户 is an idiom, not a count), and
/// digit-by-digit strings (二〇二五), which are years or codes rather than quantities.
pub fn parse_chinese(s: &str) -> Option<f64> {
    let chars: Vec<char> = s.chars().collect();
    parse_chinese_chars(&chars)
}

/// [`parse_chinese`] on chars already split out (the quantity reader's form; no allocation).
pub fn parse_chinese_chars(chars: &[char]) -> Option<f64> {
    let first = *chars.first()?;
    if digit_value(first).is_none() && first != '十' {
        return None;
    }
    let mut total = 0.0; // 亿 level and above
    let mut wan = 0.0; // the 万 section
    let mut section = 0.0; // below 万
    let mut digit: Option<f64> = None;
    let mut last_small_unit = f64::INFINITY; // guards 十百 order: units must decrease
    for &c in chars {
        if let Some(d) = digit_value(c) {
            if digit.is_some() {
                // Two digits in a row: 十四五, 二〇二五. 零 may follow a digit-less position only.
                return None;
            }
            digit = if d == 0 { None } else { Some(f64::from(d)) };
            if d == 0 {
                // 零 only fills a gap: 一千零五十.
                continue;
            }
        } else if let Some(u) = unit_value(c) {
            match c {
                '十' | '百' | '千' => {
                    if u >= last_small_unit {
                        return None;
                    }
                    let n = match digit.take() {
                        Some(n) => n,
                        None if c == '十' => 1.0,
                        None => return None,
                    };
                    section += n * u;
                    last_small_unit = u;
                }
                '万' => {
                    let n = section + digit.take().unwrap_or(0.0);
                    if n == 0.0 && wan == 0.0 {
                        return None;
                    }
                    wan = (wan + n) * u;
                    section = 0.0;
                    last_small_unit = f64::INFINITY;
                }
                _ => {
                    let n = wan + section + digit.take().unwrap_or(0.0);
                    if n == 0.0 && total == 0.0 {
                        return None;
                    }
                    total = (total + n) * u;
                    wan = 0.0;
                    section = 0.0;
                    last_small_unit = f64::INFINITY;
                }
            }
        } else {
            return None;
        }
    }
    Some(total + wan + section + digit.unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_well_formed_numerals() {
        let cases: &[(&str, f64)] = &[
            ("十", 10.0),
            ("十五", 15.0),
            ("一百二十", 120.0),
            ("一千零五十", 1050.0),
            ("两万", 20000.0),
            ("三千", 3000.0),
            ("二十", 20.0),
            ("一万亿", 1e12),
            ("一亿二千万", 1.2e8),
            ("三", 3.0),
        ];
        for &(s, v) in cases {
            assert_eq!(parse_chinese(s), Some(v), "{s}");
        }
    }

    #[test]
    fn numeral_chars_are_the_digits_and_units() {
        for c in "零〇一二两三四五六七八九十百千万亿个年5a".chars() {
            let expected = digit_value(c).is_some() || unit_value(c).is_some();
            assert_eq!(is_numeral_char(c), expected, "{c}");
        }
    }

    #[test]
    fn rejects_set_phrases_and_digit_strings() {
        for s in [
            "十四五",
            "十五五",
            "二〇二五",
            "千",
            "万",
            "百十",
            "十十",
            "一二三",
            "",
        ] {
            assert_eq!(parse_chinese(s), None, "{s}");
        }
    }
}

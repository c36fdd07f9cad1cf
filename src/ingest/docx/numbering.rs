//! Numbering Word generates (自动编号): a report drafted with a list style has no 一、 or （一）
//! typed in its paragraphs; Word draws the labels from `word/numbering.xml`. Without them the
//! outline has no parts or areas, so the reader writes each numbered paragraph's label back
//! in front of its text, as Word shows it.
//!
//! A paragraph is numbered by its own `<w:numPr>` (a list instance `w:numId` and a level
//! `w:ilvl`) or by its paragraph style's, in `word/styles.xml` (and the styles it is based
//! on). An instance (`<w:num>`) points to an abstract definition (`<w:abstractNum>`) whose
//! levels give a start, a number format (decimal, chineseCounting 一二三, …) and a text such
//! as `%1、` or `（%2）`. Instances of one definition count on from each other, except that an
//! instance with a `<w:startOverride>` starts its level again where it is first used; a level
//! starts again below a higher one. Bullets and levels without a text give no label. The
//! separator Word puts after a label (a tab by default) is not written: a Chinese label runs
//! into its heading (二、2025年工作安排).

use rustc_hash::{FxHashMap, FxHashSet};

use super::{attr, tags};

/// Levels Word defines per list (`w:ilvl` 0–8).
const LEVELS: usize = 9;

/// The largest number written in letters (A … Z, AA … ZZ, … 30 letters of one kind).
const MAX_LETTERS: u32 = 780;

/// How a level writes its number (`w:numFmt`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Format {
    #[default]
    Decimal,
    DecimalZero,
    DecimalFullWidth,
    /// 一 二 … 十 十一 (chineseCounting, chineseCountingThousand, ideographDigital, …).
    Chinese,
    /// 壹 贰 叁 (chineseLegalSimplified).
    ChineseLegal,
    /// ① ② ③ (decimalEnclosedCircle, decimalEnclosedCircleChinese).
    Circled,
    /// 甲 乙 丙 (ideographTraditional).
    Heavenly,
    UpperLetter,
    LowerLetter,
    UpperRoman,
    LowerRoman,
    /// A bullet or no number: no label is written.
    Bullet,
}

impl Format {
    fn of(name: &str) -> Format {
        match name {
            "decimalZero" => Format::DecimalZero,
            "decimalFullWidth" | "decimalFullWidth2" => Format::DecimalFullWidth,
            "chineseCounting"
            | "chineseCountingThousand"
            | "ideographDigital"
            | "japaneseCounting"
            | "taiwaneseCounting"
            | "taiwaneseCountingThousand" => Format::Chinese,
            "chineseLegalSimplified" => Format::ChineseLegal,
            "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => Format::Circled,
            "ideographTraditional" => Format::Heavenly,
            "upperLetter" => Format::UpperLetter,
            "lowerLetter" => Format::LowerLetter,
            "upperRoman" => Format::UpperRoman,
            "lowerRoman" => Format::LowerRoman,
            "bullet" | "none" => Format::Bullet,
            _ => Format::Decimal,
        }
    }

    /// `n` written in this format (decimal digits where the format has no form for it).
    fn write(self, n: u32) -> String {
        let alphabet = |letters: &str| -> String {
            // A, …, Z, AA, …: Word repeats the letter.
            let letters: Vec<char> = letters.chars().collect();
            let k = (n.max(1) - 1) as usize;
            let c = letters[k % letters.len()];
            std::iter::repeat_n(c, k / letters.len() + 1).collect()
        };
        let chinese = crate::outline::text::cn_numeral(n);
        match self {
            Format::Chinese if !chinese.is_empty() => chinese,
            Format::ChineseLegal if !chinese.is_empty() => chinese
                .chars()
                .map(|c| {
                    let k = "一二三四五六七八九十".find(c).map(|b| b / '一'.len_utf8());
                    k.map_or(c, |k| "壹贰叁肆伍陆柒捌玖拾".chars().nth(k).unwrap_or(c))
                })
                .collect(),
            Format::Circled if (1..=20).contains(&n) => {
                char::from_u32(0x245F + n).map_or_else(|| n.to_string(), String::from)
            }
            Format::Heavenly if (1..=10).contains(&n) => "甲乙丙丁戊己庚辛壬癸"
                .chars()
                .nth(n as usize - 1)
                .map_or_else(|| n.to_string(), String::from),
            // Word writes letters up to 780 (ZZZ…, 30 letters); a larger number (a hostile
            // start value) is written in digits rather than as millions of letters.
            Format::UpperLetter if n <= MAX_LETTERS => alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            Format::LowerLetter if n <= MAX_LETTERS => alphabet("abcdefghijklmnopqrstuvwxyz"),
            Format::UpperRoman | Format::LowerRoman if (1..4000).contains(&n) => {
                let r = roman(n);
                if self == Format::LowerRoman {
                    r.to_lowercase()
                } else {
                    r
                }
            }
            Format::DecimalZero if n < 10 => format!("0{n}"),
            Format::DecimalFullWidth => n
                .to_string()
                .chars()
                .map(|d| char::from_u32(d as u32 - '0' as u32 + '０' as u32).unwrap_or(d))
                .collect(),
            _ => n.to_string(),
        }
    }
}

fn roman(mut n: u32) -> String {
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in PARTS {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// One level of a list definition (`<w:lvl>`).
#[derive(Clone, Debug, Default)]
struct Level {
    start: u32,
    format: Format,
    /// `w:lvlText`: `%1、`, `（%2）`, with `%k` for level k's number.
    text: String,
}

/// A list instance (`<w:num>`): its definition and the levels it starts again.
#[derive(Clone, Debug, Default)]
struct Instance {
    abstract_id: u32,
    start_over: [Option<u32>; LEVELS],
}

/// A paragraph style's numbering: a list instance and level of its own, or its base
/// style's.
#[derive(Debug, Default)]
struct Style {
    numbered: Option<(u32, usize)>,
    based_on: Option<String>,
}

/// The numbering of one document, and the counters as its paragraphs are read in order.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    definitions: FxHashMap<u32, [Option<Level>; LEVELS]>,
    instances: FxHashMap<u32, Instance>,
    /// Paragraph style id → its numbering and base style.
    styles: FxHashMap<String, Style>,
    /// Per definition, the current number of each level (`None`: not used yet, or started
    /// again below a higher level).
    counters: FxHashMap<u32, [Option<u32>; LEVELS]>,
    /// Instances already used (a start override applies where one is first used).
    used: FxHashSet<u32>,
}

impl Numbering {
    /// Read `word/numbering.xml` and `word/styles.xml` (either may be empty).
    pub(super) fn read(numbering: &str, styles: &str) -> Numbering {
        let mut n = Numbering::default();
        n.read_numbering(numbering);
        n.read_styles(styles);
        n
    }

    fn read_numbering(&mut self, xml: &str) {
        let mut definition: Option<u32> = None;
        let mut instance: Option<u32> = None;
        let mut override_level: Option<usize> = None;
        let mut level: Option<(usize, Level)> = None;
        let number = |t: &str, key: &str| attr(t, key).and_then(|v| v.parse::<u32>().ok());
        for tag in tags(xml) {
            match (tag.name, tag.closing) {
                ("w:abstractNum", false) => definition = number(tag.raw, "w:abstractNumId"),
                ("w:abstractNum", true) => definition = None,
                ("w:num", false) => {
                    instance = number(tag.raw, "w:numId");
                    if let Some(id) = instance {
                        self.instances.insert(id, Instance::default());
                    }
                }
                ("w:num", true) => instance = None,
                ("w:abstractNumId", false) => {
                    if let (Some(id), Some(a)) = (instance, number(tag.raw, "w:val")) {
                        self.instances.entry(id).or_default().abstract_id = a;
                    }
                }
                ("w:lvlOverride", false) => {
                    override_level = number(tag.raw, "w:ilvl")
                        .map(|k| k as usize)
                        .filter(|&k| k < LEVELS)
                }
                ("w:lvlOverride", true) => override_level = None,
                ("w:startOverride", false) => {
                    if let (Some(id), Some(k), Some(s)) =
                        (instance, override_level, number(tag.raw, "w:val"))
                    {
                        self.instances.entry(id).or_default().start_over[k] = Some(s);
                    }
                }
                ("w:lvl", false) if definition.is_some() => {
                    level = number(tag.raw, "w:ilvl")
                        .map(|k| k as usize)
                        .filter(|&k| k < LEVELS)
                        .map(|k| {
                            let l = Level {
                                start: 1,
                                ..Level::default()
                            };
                            (k, l)
                        });
                }
                ("w:start", false) => {
                    if let (Some((_, l)), Some(s)) = (level.as_mut(), number(tag.raw, "w:val")) {
                        l.start = s;
                    }
                }
                ("w:numFmt", false) => {
                    if let (Some((_, l)), Some(f)) = (level.as_mut(), attr(tag.raw, "w:val")) {
                        l.format = Format::of(f);
                    }
                }
                ("w:lvlText", false) => {
                    if let (Some((_, l)), Some(t)) = (level.as_mut(), attr(tag.raw, "w:val")) {
                        l.text.clear();
                        super::push_unescaped(t, &mut l.text);
                    }
                }
                ("w:lvl", true) => {
                    if let (Some(d), Some((k, l))) = (definition, level.take()) {
                        self.definitions.entry(d).or_default()[k] = Some(l);
                    }
                }
                _ => {}
            }
        }
    }

    fn read_styles(&mut self, xml: &str) {
        let mut style: Option<String> = None;
        let mut num: (Option<u32>, Option<usize>) = (None, None);
        let mut based_on: Option<String> = None;
        for tag in tags(xml) {
            match (tag.name, tag.closing) {
                ("w:style", false) => {
                    style = attr(tag.raw, "w:styleId").map(str::to_string);
                    num = (None, None);
                    based_on = None;
                }
                ("w:basedOn", false) => based_on = attr(tag.raw, "w:val").map(str::to_string),
                ("w:numId", false) => num.0 = attr(tag.raw, "w:val").and_then(|v| v.parse().ok()),
                ("w:ilvl", false) => num.1 = attr(tag.raw, "w:val").and_then(|v| v.parse().ok()),
                ("w:style", true) => {
                    if let Some(id) = style.take() {
                        let numbered = num.0.map(|n| (n, num.1.unwrap_or(0).min(LEVELS - 1)));
                        let based_on = based_on.take();
                        self.styles.insert(id, Style { numbered, based_on });
                    }
                }
                _ => {}
            }
        }
    }

    /// The numbering a paragraph style gives (through the styles it is based on).
    pub(super) fn of_style(&self, style: &str) -> Option<(u32, usize)> {
        let mut id = style;
        // A chain of base styles is short; the bound stops a cycle.
        for _ in 0..16 {
            let style = self.styles.get(id)?;
            if style.numbered.is_some() {
                return style.numbered;
            }
            id = style.based_on.as_deref()?;
        }
        None
    }

    /// The label of the next paragraph numbered by instance `num` at level `level`, counting
    /// it; `None` for instance 0 (numbering removed), an unknown instance, a bullet or a
    /// level without a text.
    pub(super) fn label(&mut self, num: u32, level: usize) -> Option<String> {
        let inst = self.instances.get(&num)?.clone();
        let levels = self.definitions.get(&inst.abstract_id)?;
        let def = levels.get(level)?.as_ref()?;
        if def.format == Format::Bullet || def.text.is_empty() {
            return None;
        }
        let counters = self.counters.entry(inst.abstract_id).or_default();
        if self.used.insert(num) {
            for (k, s) in inst.start_over.iter().enumerate() {
                if let Some(s) = s {
                    counters[k] = Some(s.saturating_sub(1));
                }
            }
        }
        counters[level] = Some(counters[level].map_or(def.start, |c| c.saturating_add(1)));
        for c in &mut counters[level + 1..] {
            *c = None;
        }
        let mut out = String::new();
        let mut chars = def.text.chars().peekable();
        while let Some(c) = chars.next() {
            let k = chars
                .peek()
                .and_then(|d| d.to_digit(10))
                .filter(|&d| c == '%' && (1..=LEVELS as u32).contains(&d));
            match k {
                Some(k) => {
                    chars.next();
                    let k = k as usize - 1;
                    let l = levels[k].as_ref();
                    let start = l.map_or(1, |l| l.start);
                    let format = l.map_or(Format::Decimal, |l| l.format);
                    out.push_str(&format.write(counters[k].unwrap_or(start)));
                }
                None => out.push(c),
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering>
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl>
          <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/>
          <w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
      </w:numbering>"#;

    #[test]
    fn levels_count_and_start_again() {
        let mut n = Numbering::read(NUMBERING, "");
        let mut labels = Vec::new();
        for (num, level) in [
            (1, 0),
            (1, 1),
            (1, 1),
            (1, 2),
            (1, 2),
            (1, 1),
            (1, 3),
            (1, 0),
            (1, 1),
        ] {
            labels.push(n.label(num, level).unwrap_or_default());
        }
        assert_eq!(
            labels,
            [
                "一、",
                "（一）",
                "（二）",
                "1．",
                "2．",
                "（三）",
                "",
                "二、",
                "（一）"
            ]
        );
        // Another instance of the definition counts on; one with a start override starts
        // its level again where it is first used, and then counts on.
        assert_eq!(n.label(2, 1).as_deref(), Some("（二）"));
        assert_eq!(n.label(3, 1).as_deref(), Some("（一）"));
        assert_eq!(n.label(3, 1).as_deref(), Some("（二）"));
        assert_eq!(n.label(4, 0).as_deref(), Some("③"));
        assert_eq!(n.label(0, 0), None);
        assert_eq!(n.label(9, 0), None);
        assert_eq!(n.label(1, 7), None);
    }

    #[test]
    fn formats() {
        assert_eq!(Format::Chinese.write(11), "十一");
        assert_eq!(Format::Chinese.write(120), "120");
        assert_eq!(Format::ChineseLegal.write(12), "拾贰");
        assert_eq!(Format::DecimalFullWidth.write(12), "１２");
        assert_eq!(Format::Heavenly.write(3), "丙");
        assert_eq!(Format::UpperLetter.write(28), "BB");
        assert_eq!(Format::LowerLetter.write(4_294_967_295), "4294967295");
        assert_eq!(Format::LowerRoman.write(14), "xiv");
        assert_eq!(Format::DecimalZero.write(7), "07");
        assert_eq!(Format::Circled.write(21), "21");
    }

    #[test]
    fn styles_number_their_paragraphs() {
        let styles = r#"<w:styles>
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>
              <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="2"><w:basedOn w:val="1"/>
              <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="custom"><w:basedOn w:val="2"/></w:style>
            <w:style w:type="paragraph" w:styleId="loop"><w:basedOn w:val="loop"/></w:style>
          </w:styles>"#;
        let n = Numbering::read(NUMBERING, styles);
        assert_eq!(n.of_style("1"), Some((1, 0)));
        assert_eq!(n.of_style("2"), Some((1, 1)));
        assert_eq!(n.of_style("custom"), Some((1, 1)));
        assert_eq!(n.of_style("loop"), None);
        assert_eq!(n.of_style("missing"), None);
    }

    #[test]
    fn odd_numbering_never_panics() {
        for xml in [
            "<w:lvl w:ilvl=\"0\">",
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"99\"><w:lvlText w:val=\"%9%%1\"/></w:lvl>",
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"4294967295\"/><w:lvlText w:val=\"%1%2%9\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"0\"/></w:lvlOverride></w:num>",
        ] {
            let mut n = Numbering::read(xml, xml);
            for _ in 0..3 {
                for level in 0..LEVELS + 1 {
                    let _ = n.label(1, level);
                    let _ = n.label(0, level);
                }
            }
        }
    }
}

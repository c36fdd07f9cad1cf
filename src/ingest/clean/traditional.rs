//! Reports written in traditional characters (繁体字): a mainland report as a Hong Kong,
//! Macao or Taiwan page republishes it (政府工作報告, 預期目標, 1.5萬人). Every later stage reads
//! simplified Chinese (its headings, trigger words, units, targets' names, the segmenter's
//! dictionary), so such a page read as next to nothing. When the text is written in
//! traditional characters, the cleaner writes each as its simplified character, one for one
//! (`table`, 2 700 characters; a character that is also a simplified one keeps its form,
//! 磐 and 捍, but for 後 於 夥 徵 乾 麽 菸; a few read by their neighbours, `simplified_at`:
//! 錘鍊 锤炼, 傢俱 家具, 著力 着力 but 顯著 显著); the map still points at the page's characters.
//! (Corner quotes 「」『』 become the mainland's “”‘’ on every page.) A simplified report quoting a few
//! traditional characters (a name, a typo) is left as it is.

mod table;

/// Common characters written only in traditional Chinese (國 for 国, 發 for 发…), sorted: the
/// evidence that a text is written in traditional characters.
const TRADITIONAL_ONLY: &[char] = &[
    '來', '們', '動', '務', '區', '員', '問', '國', '學', '實', '將', '對', '後', '從', '應', '據',
    '時', '會', '東', '業', '構', '標', '歷', '準', '濟', '為', '現', '產', '當', '發', '種', '級',
    '組', '絡', '經', '網', '線', '織', '與', '見', '觀', '記', '設', '許', '話', '認', '語', '說',
    '識', '議', '讓', '財', '質', '這', '進', '長', '門', '開', '關', '電', '題', '風', '體', '點',
];

/// Whether `text` is written in traditional characters: the traditional-only ones make at
/// least one in a hundred of its first ideographs and number at least twenty (a stray 學 in
/// a simplified report is a typo, not a script). The script shows in the first few thousand
/// ideographs; reading no further keeps the check off the clock.
pub fn is_traditional(text: &str) -> bool {
    const MIN_COUNT: usize = 20;
    const SAMPLE: usize = 4000;
    let mut ideographs = 0usize;
    let mut count = 0usize;
    for c in text
        .chars()
        .filter(|&c| crate::text::is_cjk_ideograph(c))
        .take(SAMPLE)
    {
        ideographs += 1;
        if TRADITIONAL_ONLY.binary_search(&c).is_ok() {
            count += 1;
        }
    }
    count >= MIN_COUNT && count * 100 >= ideographs
}

/// The simplified form of `c` in a text written in traditional characters: its simplified
/// character (國 → 国); `c` itself otherwise. (Corner quotes become “” on every page, in
/// the cleaner's first pass.)
pub fn simplified(c: char) -> char {
    table::TABLE
        .binary_search_by_key(&c, |&(t, _)| t)
        .map_or(c, |k| table::TABLE[k].1)
}

/// The simplified form of `c`, found at byte `at` of `source` (a text in traditional
/// characters), where its neighbours decide it: 鍊 is 炼 in 錘鍊, 鍛鍊 and 淬鍊 (as OpenCC and
/// Hong Kong pages write 锤炼, 锻炼, 淬炼) and 链 elsewhere (產業鍊); 俱 after 傢 is 具 (傢俱,
/// 家具); 昇 before 騰 keeps its form (昇騰, the 昇腾 brand, not 升腾); 著 is 着 (著力,
/// 著眼, 隨著, as Taiwan writes them) but in the words of 著 itself (顯著, 卓著, 著名,
/// 著作, 名著, 見微知著); 乾 keeps its form in names (乾縣, 乾隆); 覆 is 复 in 批覆, 答覆,
/// 覆核 (and stays in 覆蓋). Otherwise [`simplified`]. One character for one, so the map to the page
/// holds.
pub fn simplified_at(source: &str, at: usize, c: char) -> char {
    let prev = || source[..at].chars().next_back();
    let next = || source[at + c.len_utf8()..].chars().next();
    match c {
        '鍊' if prev().is_some_and(|p| "錘锤鍛锻淬".contains(p)) => '炼',
        '俱' if prev() == Some('傢') => '具',
        '昇' if next().is_some_and(|n| n == '騰' || n == '腾') => '昇',
        // 乾 keeps its form in names (乾縣, 乾坤, 乾隆, 乾陵); elsewhere it is 干 (乾燥).
        '乾' if next().is_some_and(|n| "縣县坤隆陵".contains(n)) => '乾',
        // 覆 is 复 in a reply and a review (批覆, 答覆, 回覆, 反覆, 覆核, 覆議), as OpenCC
        // writes 批复; 覆 elsewhere (覆蓋, 顛覆).
        '覆' if prev().is_some_and(|p| "批答回反".contains(p))
            || next().is_some_and(|n| "核議议審审".contains(n)) =>
        {
            '复'
        }
        '著' => {
            let own = prev().is_some_and(|p| "顯显卓昭原名專专巨編编知土".contains(p))
                || next().is_some_and(|n| "名作稱称述書书者錄录".contains(n));
            if own {
                '著'
            } else {
                '着'
            }
        }
        _ => simplified(c),
    }
}

/// `text` written in simplified characters as the cleaner reads a page in traditional ones
/// ([`simplified_at`] for each character).
#[doc(hidden)]
pub fn simplified_text(text: &str) -> String {
    text.char_indices()
        .map(|(i, c)| simplified_at(text, i, c))
        .collect()
}

/// `text` written in traditional characters, one for one: each character the table writes
/// simplified from a traditional one takes the first such (in code-point order) that `keep`
/// allows (an encoding's repertoire), and “” become 「」 when `quotes`. The inverse of
/// [`simplified`], for tests that make traditional pages.
#[doc(hidden)]
pub fn traditional_text(text: &str, keep: impl Fn(char) -> bool, quotes: bool) -> String {
    let mut forms = std::collections::HashMap::new();
    for &(t, s) in table::TABLE.iter().filter(|&&(t, _)| keep(t)) {
        forms.entry(s).or_insert(t);
    }
    if quotes {
        forms.insert('“', '「');
        forms.insert('”', '」');
    }
    text.chars().map(|c| *forms.get(&c).unwrap_or(&c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_maps_to_other_characters() {
        assert!(table::TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(table::TABLE.iter().all(|&(t, s)| t != s));
        assert!(TRADITIONAL_ONLY.windows(2).all(|w| w[0] < w[1]));
        // Every character that tells the script is one the table writes simplified.
        assert!(TRADITIONAL_ONLY.iter().all(|&c| simplified(c) != c));
    }

    #[test]
    fn writes_traditional_text_simplified() {
        let t = "政府工作報告：預期目標是國內生產總值增長5%左右，城鎮新增就業1200萬人以上。";
        let s: String = t.chars().map(simplified).collect();
        assert_eq!(
            s,
            "政府工作报告：预期目标是国内生产总值增长5%左右，城镇新增就业1200万人以上。"
        );
        // Characters that are simplified ones too keep their form.
        for c in ['磐', '捍', '著', '干', '后', '于'] {
            assert_eq!(simplified(c), c);
        }
        for (t, s) in [('後', '后'), ('於', '于'), ('夥', '伙'), ('乾', '干')] {
            assert_eq!(simplified(t), s);
        }
        // Words whose characters read by their neighbours (probed: the corpus written with
        // OpenCC's s2hk read 锤链, 家俱 and 升腾, with s2tw 著力 in every report).
        let t = "錘鍊黨性，鍛鍊身體，淬鍊本領，產業鍊；傢俱、俱樂部；昇騰生態、升騰；\
                 著力解決，隨著，顯著提升，著作權，著名景區";
        assert_eq!(
            simplified_text(t),
            "锤炼党性，锻炼身体，淬炼本领，产业链；家具、俱乐部；昇腾生态、升腾；\
             着力解决，随着，显著提升，著作权，著名景区"
        );
        // Three more, probed on held-out reports written with OpenCC (s2t, s2tw, s2hk).
        let t = "見微知著，國家批覆的基地，覆蓋全省，開工周至至乾縣高速，乾燥地區";
        assert_eq!(
            simplified_text(t),
            "见微知著，国家批复的基地，覆盖全省，开工周至至乾县高速，干燥地区"
        );
        // Forms Hong Kong and OpenCC-converted pages write, and the report's reading of two
        // (probed: the corpus written with OpenCC's s2t lost 羣 in 713 places).
        let t = "人民羣衆，攀登高峯，疊加效應，諮詢服務，瀋陽，幷州，產業鍊資金鍊，涅槃";
        let s: String = t.chars().map(simplified).collect();
        assert_eq!(
            s,
            "人民群众，攀登高峰，叠加效应，咨询服务，沈阳，并州，产业链资金链，涅槃"
        );
    }

    #[test]
    fn tells_the_script() {
        let traditional =
            "我們堅持穩中求進工作總基調，國內生產總值增長5%，經濟運行總體平穩、穩中有進。"
                .repeat(3);
        assert!(is_traditional(&traditional));
        let simplified: String = traditional.chars().map(simplified).collect();
        assert!(!is_traditional(&simplified));
        // A few traditional characters in a long simplified text (a quoted name) do not count.
        let quoted = format!("{}「國學」", simplified.repeat(20));
        assert!(!is_traditional(&quoted));
        let typo =
            "今年发展主要预期目标是：国内生产总值增长5%左右。为特殊中小學生提供校服。".repeat(10);
        assert!(!is_traditional(&typo));
        // Every seed and corpus report is simplified.
        for (name, text) in crate::testdata::reports() {
            assert!(!is_traditional(&text), "{name}");
        }
    }
}

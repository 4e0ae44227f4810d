//! URL queries: `key=value` pairs read tolerantly, values percent-encoded when written.

/// The `key=value` pairs of a URL query (a leading `?` allowed), percent-decoded, `+` as space.
/// Malformed escapes are kept as written; empty keys are dropped.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(key);
            (!key.is_empty()).then(|| (key, percent_decode(value)))
        })
        .collect()
}

/// The first value of `key` in decoded pairs, as `URLSearchParams.get` gives it.
pub fn query_get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// Decodes `%XX` escapes and `+`; invalid escapes and invalid UTF-8 are kept or replaced, never
/// a panic.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => match (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: &u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Escapes a query value: everything but `A-Z a-z 0-9 - . _ ~` and `,` (kept readable in
/// `forces=a,b`) is percent-encoded.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_decode_tolerantly_and_encode_safely() {
        let pairs = query_pairs("?a=1&b=East+Midlands&c=%C3%ABx&d=%zz%&=x&e&a=2");
        assert_eq!(query_get(&pairs, "a"), Some("1"));
        assert_eq!(query_get(&pairs, "b"), Some("East Midlands"));
        assert_eq!(query_get(&pairs, "c"), Some("ëx"));
        assert_eq!(query_get(&pairs, "d"), Some("%zz%"));
        assert_eq!(query_get(&pairs, "e"), Some(""));
        assert_eq!(query_get(&pairs, ""), None);
        assert_eq!(percent_decode("%FF%FE"), "\u{FFFD}\u{FFFD}");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_encode("a b&c=d,e/ë"), "a%20b%26c%3Dd,e%2F%C3%AB");
        assert_eq!(percent_decode(&percent_encode("a b&c=d,e/ë")), "a b&c=d,e/ë");
        assert!(query_pairs("").is_empty());
    }
}

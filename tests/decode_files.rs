//! Reading real files: the 100 files of the Clough–Stevenson corpus (ASCII, UTF-8,
//! Windows-1252; LF, CR and CRLF line endings) and hostile bytes, through
//! `input::decode` with a WHATWG decoder (`encoding_rs`, as the browser's `TextDecoder`).

mod common;

use syndiff::input::decode::{decode_with, sniff, Decoded, Encoding, Refusal, MAX_FILE_BYTES};

/// What the browser's `TextDecoder` does, natively.
fn whatwg(encoding: Encoding, bytes: &[u8]) -> Option<String> {
    let decoder = encoding_rs::Encoding::for_label(encoding.label().as_bytes())?;
    Some(decoder.decode_without_bom_handling(bytes).0.into_owned())
}

fn decode(bytes: &[u8]) -> Result<Decoded, Refusal> {
    decode_with(bytes, whatwg)
}

#[test]
fn every_corpus_file_loads_with_its_text() {
    let files = common::corpus_files();
    assert_eq!(files.len(), 100);
    let mut windows_1252 = 0;
    let mut utf8_not_ascii = 0;
    let mut with_cr = 0;
    for (name, bytes) in &files {
        let decoded = decode(bytes).unwrap_or_else(|r| panic!("{name}: refused: {r}"));
        let text = &decoded.text;
        assert!(!text.contains('\u{FFFD}'), "{name}: a character was lost");
        assert!(!text.contains('\r'), "{name}: CR left");
        // Every line of the file is there, as the bytes had it, line endings aside.
        let lines = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count();
        let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
        assert_eq!(
            text.matches('\n').count(),
            lines - crlf,
            "{name}: line count"
        );
        match decoded.encoding {
            Encoding::Windows1252 => {
                windows_1252 += 1;
                // Each byte over 0x7F is one character; 0x85 is an ellipsis, 0x92 a curly apostrophe.
                let high = bytes.iter().filter(|&&b| b > 0x7F).count();
                assert_eq!(
                    text.chars().filter(|c| !c.is_ascii()).count(),
                    high,
                    "{name}"
                );
                let count = |byte: u8| bytes.iter().filter(|&&b| b == byte).count();
                assert_eq!(text.matches('…').count(), count(0x85), "{name}");
                assert_eq!(text.matches('\u{2019}').count(), count(0x92), "{name}");
            }
            Encoding::Utf8 if !bytes.is_ascii() => utf8_not_ascii += 1,
            Encoding::Utf8 => {}
            other => panic!("{name}: {other:?}"),
        }
        with_cr += usize::from(decoded.had_cr);
    }
    // As the corpus README counts them.
    assert_eq!(windows_1252, 17);
    assert_eq!(utf8_not_ascii, 23);
    assert_eq!(with_cr, 39);
}

#[test]
fn a_windows_1252_file_reads_as_its_author_wrote_it() {
    let files = common::corpus_files();
    let ellipses = files
        .iter()
        .filter(|(_, bytes)| sniff(bytes).unwrap().encoding == Encoding::Windows1252)
        .map(|(_, bytes)| decode(bytes).unwrap().text)
        .find(|text| text.contains('…'))
        .expect("a Windows-1252 file with an ellipsis");
    assert!(
        !ellipses.contains('\u{85}'),
        "0x85 is not the C1 control NEL"
    );
}

#[test]
fn utf16_with_a_byte_order_mark_and_utf8_with_one() {
    let text = "Saeed said “yes” — 100 €.\r\nNext line.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend(text.as_bytes());
    let expected = "Saeed said “yes” — 100 €.\nNext line.";
    for (bytes, encoding) in [
        (le, Encoding::Utf16Le),
        (be, Encoding::Utf16Be),
        (utf8, Encoding::Utf8),
    ] {
        let decoded = decode(&bytes).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (expected, encoding)
        );
        assert!(decoded.had_cr);
        assert!(!decoded.lone_cr, "CRLF only");
    }
    let old_mac = decode(b"One.\rTwo.\r\nThree.").unwrap();
    assert_eq!(old_mac.text, "One.\nTwo.\nThree.");
    assert!(old_mac.had_cr && old_mac.lone_cr);
}

#[test]
fn binary_files_are_refused_with_what_they_look_like() {
    let cases: [(&[u8], &str); 6] = [
        (
            b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "a PDF document",
        ),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", "a PNG image"),
        (b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01", "a JPEG image"),
        (
            b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0",
            "a ZIP archive (a Word or OpenDocument file is one)",
        ),
        (b"GIF89a\x01\0\x01\0\x80\0\0", "a GIF image"),
        (b"some text\0with a NUL byte", "binary data"),
    ];
    for (bytes, what) in cases {
        assert_eq!(decode(bytes), Err(Refusal::Binary(what)), "{what}");
    }
    assert_eq!(decode(b""), Err(Refusal::Empty));
    let huge = vec![b'a'; MAX_FILE_BYTES + 1];
    assert_eq!(decode(&huge), Err(Refusal::TooLarge(MAX_FILE_BYTES + 1)));
    // NUL bytes all through, in both halves of the byte pairs: binary, not UTF-16.
    let mut nuls = Vec::new();
    for i in 0..2000u32 {
        nuls.extend(i.to_le_bytes());
    }
    assert_eq!(decode(&nuls), Err(Refusal::Binary("binary data")));
    // Every other byte NUL, but the rest control bytes (numbers, not letters): binary.
    let numbers: Vec<u8> = (0..3000u16)
        .flat_map(|i| (i % 31 + 1).to_le_bytes())
        .collect();
    assert_eq!(decode(&numbers), Err(Refusal::Binary("binary data")));
}

#[test]
fn utf16_without_a_byte_order_mark_is_told_by_its_nul_bytes() {
    let text = "Hello world.\r\nSaeed said \u{201c}yes\u{201d} \u{2014} 100 \u{20ac}.";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (bytes, encoding, how) in [
        (
            le,
            Encoding::Utf16Le,
            " as UTF-16 (little-endian) without a byte-order mark",
        ),
        (
            be,
            Encoding::Utf16Be,
            " as UTF-16 (big-endian) without a byte-order mark",
        ),
    ] {
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, encoding);
        assert_eq!(decoded.text, text.replace("\r\n", "\n"));
        assert_eq!(decoded.how_read(), how);
    }
    let hello: Vec<u8> = "Hello world"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(decode(&hello).unwrap().text, "Hello world");
    // With a byte-order mark the note names only the encoding.
    let mut marked = vec![0xFF, 0xFE];
    marked.extend(&hello);
    assert_eq!(
        decode(&marked).unwrap().how_read(),
        " as UTF-16 (little-endian)"
    );
}

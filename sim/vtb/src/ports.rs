//! Port list of the `top` module, read from the Verilog text.
//!
//! rust-hdl emits non-ANSI headers (`module top(a, b); input wire [7:0] a; ...`);
//! hand-written test modules may use ANSI headers (`module top(input wire a, ...)`).
//! Both are accepted. Only constant numeric ranges are understood: a range that
//! uses a parameter is reported as an error rather than guessed.

use crate::Error;

/// Direction of a port as declared in Verilog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Input,
    Output,
    Inout,
}

impl Direction {
    fn keyword(word: &str) -> Option<Direction> {
        match word {
            "input" => Some(Direction::Input),
            "output" => Some(Direction::Output),
            "inout" => Some(Direction::Inout),
            _ => None,
        }
    }

    /// Short form used in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Input => "in",
            Direction::Output => "out",
            Direction::Inout => "inout",
        }
    }
}

/// One port of the top module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    /// Name exactly as in the Verilog port list (rust-hdl joins nested fields with `$`).
    pub name: String,
    pub dir: Direction,
    /// Width in bits (`|msb - lsb| + 1`).
    pub width: u32,
}

impl Port {
    /// Number of 32-bit words that carry this port's value.
    pub fn words(&self) -> usize {
        self.width.div_ceil(32) as usize
    }
}

/// Removes `//` and `/* */` comments and the contents of `(* attributes *)`,
/// keeping string literals intact so their text cannot be mistaken for code.
fn strip_comments(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'"' {
            let start = i;
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
            out.push_str(&src[start..i]);
        } else if src[i..].starts_with("//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if src[i..].starts_with("/*") {
            match src[i + 2..].find("*/") {
                Some(e) => i = i + 2 + e + 2,
                None => i = b.len(),
            }
            out.push(' ');
        } else {
            let c = src[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Finds `module <name>` as a whole word and returns the text after the name.
fn find_module<'a>(src: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(pos) = src[from..].find("module") {
        let at = from + pos;
        let before_ok = at == 0 || !is_ident_char(src[..at].chars().next_back().unwrap());
        let rest = &src[at + "module".len()..];
        let after_kw_ok = rest.starts_with(|c: char| c.is_whitespace());
        if before_ok && after_kw_ok {
            let rest = rest.trim_start();
            if let Some(tail) = rest.strip_prefix(name) {
                if !tail.starts_with(is_ident_char) {
                    return Some(tail);
                }
            }
        }
        from = at + "module".len();
    }
    None
}

/// Parses a range `[msb:lsb]` at the start of `s`; returns (width, rest).
fn parse_range(s: &str) -> Result<(u32, &str), String> {
    let s = s.trim_start();
    let close = s.find(']').ok_or("unterminated range")?;
    let inner = &s[1..close];
    let (msb, lsb) = inner
        .split_once(':')
        .ok_or_else(|| format!("range `[{inner}]` is not of the form [msb:lsb]"))?;
    let num = |t: &str| -> Result<i64, String> {
        let t = t.trim().replace('_', "");
        t.parse::<i64>().map_err(|_| {
            format!("range bound `{}` is not a decimal constant (parameters in port ranges are not supported)", t)
        })
    };
    let (m, l) = (num(msb)?, num(lsb)?);
    let width = (m - l).unsigned_abs() + 1;
    let width = u32::try_from(width).map_err(|_| format!("range `[{inner}]` is too wide"))?;
    Ok((width, &s[close + 1..]))
}

/// A declaration fragment: optional direction, net type, `signed`, range, name.
/// Returns the direction (if given), the width (if a direction or range was given) and the name.
fn parse_decl_item(item: &str) -> Result<(Option<Direction>, Option<u32>, String), String> {
    let mut rest = item.trim();
    let mut dir = None;
    let mut width = None;
    loop {
        rest = rest.trim_start();
        if rest.starts_with('[') {
            let (w, r) = parse_range(rest)?;
            width = Some(w);
            rest = r;
            continue;
        }
        let word_end = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
        let word = &rest[..word_end];
        if let Some(d) = Direction::keyword(word) {
            dir = Some(d);
            width = Some(1);
        } else if matches!(word, "wire" | "reg" | "logic" | "signed" | "unsigned" | "var" | "tri") {
            width = width.or(Some(1));
        } else {
            if word.is_empty() {
                return Err(format!("cannot parse port declaration `{}`", item.trim()));
            }
            let tail = rest[word_end..].trim();
            if !tail.is_empty() && !tail.starts_with('=') {
                return Err(format!(
                    "cannot parse port declaration `{}` (unpacked arrays and other forms are not supported)",
                    item.trim()
                ));
            }
            return Ok((dir, width, word.to_string()));
        }
        rest = &rest[word_end..];
    }
}

/// Reads the ports of module `top` from Verilog source text, in header order.
pub fn parse_top_ports(verilog: &str) -> Result<Vec<Port>, Error> {
    parse_module_ports(verilog, "top")
}

/// Reads the ports of the named module from Verilog source text, in header order.
pub fn parse_module_ports(verilog: &str, module: &str) -> Result<Vec<Port>, Error> {
    let err = |m: String| Error::new(format!("port list of module `{module}`: {m}"));
    let src = strip_comments(verilog);
    let after = find_module(&src, module)
        .ok_or_else(|| err(format!("no `module {module}` in the Verilog")))?;
    let end = after.find("endmodule").ok_or_else(|| err("no `endmodule`".into()))?;
    let body = after[..end].trim_start();
    if body.starts_with('#') {
        return Err(err("parameterized top modules are not supported".into()));
    }
    let header_end = body.find(';').ok_or_else(|| err("no `;` after the module header".into()))?;
    let header = body[..header_end].trim();
    let list = if header.is_empty() {
        ""
    } else {
        let open = header.find('(').ok_or_else(|| err("module header has no port list".into()))?;
        let close = header.rfind(')').ok_or_else(|| err("unterminated port list".into()))?;
        &header[open + 1..close]
    };

    let mut order: Vec<String> = Vec::new();
    let mut decls: Vec<(String, Direction, u32)> = Vec::new();
    let mut ansi = false;
    let mut cur: Option<(Direction, u32)> = None;
    for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (dir, width, name) = parse_decl_item(item).map_err(err)?;
        if let Some(d) = dir {
            ansi = true;
            cur = Some((d, width.unwrap_or(1)));
        } else if width.is_some() && ansi {
            // `input wire [7:0] a, [3:0] b` keeps the direction, takes the new range.
            cur = cur.map(|(d, _)| (d, width.unwrap()));
        }
        if ansi {
            let (d, w) = cur.ok_or_else(|| err(format!("port `{name}` has no direction")))?;
            decls.push((name.clone(), d, w));
        }
        order.push(name);
    }

    if !ansi {
        for stmt in body[header_end + 1..].split(';') {
            let stmt = stmt.trim();
            let first = stmt.split(|c: char| !is_ident_char(c)).next().unwrap_or("");
            if Direction::keyword(first).is_none() {
                continue;
            }
            let mut cur: Option<(Direction, u32)> = None;
            for item in stmt.split(',') {
                let (dir, width, name) = parse_decl_item(item).map_err(err)?;
                if let Some(d) = dir {
                    cur = Some((d, width.unwrap_or(1)));
                }
                let (d, w) = cur.ok_or_else(|| err(format!("cannot parse `{stmt}`")))?;
                decls.push((name, d, w));
            }
        }
    }

    let mut ports = Vec::with_capacity(order.len());
    for name in &order {
        let (_, dir, width) = decls
            .iter()
            .find(|(n, _, _)| n == name)
            .ok_or_else(|| err(format!("port `{name}` is listed but never declared input/output/inout")))?;
        if ports.iter().any(|p: &Port| &p.name == name) {
            return Err(err(format!("port `{name}` is listed twice")));
        }
        ports.push(Port { name: name.clone(), dir: *dir, width: *width });
    }
    if let Some((n, _, _)) = decls.iter().find(|(n, _, _)| !order.contains(n)) {
        return Err(err(format!("`{n}` is declared as a port but not in the port list")));
    }
    Ok(ports)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ansi_rust_hdl_style() {
        let v = "\n\nmodule top(clock,key,pair$a,out);\n    // Module arguments\n    input wire  clock;\n    input wire  [127:0] key;\n    input wire  [7:0] pair$a;\n    output reg  [127:0] out;\n  reg [3:0] x;\nendmodule // top\n\nmodule top$c(d);\n input wire [1:0] d;\nendmodule\n";
        let p = parse_top_ports(v).unwrap();
        assert_eq!(
            p,
            vec![
                Port { name: "clock".into(), dir: Direction::Input, width: 1 },
                Port { name: "key".into(), dir: Direction::Input, width: 128 },
                Port { name: "pair$a".into(), dir: Direction::Input, width: 8 },
                Port { name: "out".into(), dir: Direction::Output, width: 128 },
            ]
        );
    }

    #[test]
    fn ansi_and_multi_name() {
        let v = "module top (input wire clk, input [64:0] a, b, output reg [0:7] y /* c */, inout z);\nendmodule";
        let p = parse_top_ports(v).unwrap();
        let got: Vec<_> = p.iter().map(|p| (p.name.as_str(), p.dir, p.width)).collect();
        assert_eq!(
            got,
            vec![
                ("clk", Direction::Input, 1),
                ("a", Direction::Input, 65),
                ("b", Direction::Input, 65),
                ("y", Direction::Output, 8),
                ("z", Direction::Inout, 1),
            ]
        );
    }

    #[test]
    fn skips_other_modules_and_words_containing_module() {
        let v = "module topx(a); input a; endmodule\nmodule top(b, c); input [3:0] b; output c, d; endmodule";
        let e = parse_top_ports(v).unwrap_err().to_string();
        assert!(e.contains("`d` is declared as a port but not in the port list"), "{e}");
        let v = "module top(b); input [3:0] b; endmodule";
        assert_eq!(parse_top_ports(v).unwrap()[0].width, 4);
    }

    #[test]
    fn errors_are_specific() {
        assert!(parse_top_ports("module foo(a); input a; endmodule").unwrap_err().to_string().contains("no `module top`"));
        let e = parse_top_ports("module top(a); input [W-1:0] a; endmodule").unwrap_err().to_string();
        assert!(e.contains("not a decimal constant"), "{e}");
        let e = parse_top_ports("module top(a, b); input a; endmodule").unwrap_err().to_string();
        assert!(e.contains("`b` is listed but never declared"), "{e}");
    }
}

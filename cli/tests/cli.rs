//! End-to-end tests of the `cxscore` binary.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::thread;

const BIN: &str = env!("CARGO_BIN_EXE_cxscore");

/// Run `cxscore` with `args`, feeding `stdin` from a thread.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cxscore");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    // The child may stop reading early (errors): ignore write failures.
    let feeder = thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("wait for cxscore");
    feeder.join().expect("feeder thread");
    output
}

fn stdout_lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON {l:?}: {e}")))
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn compound(v: &Value) -> f64 {
    v["sentiment"]["compound"]
        .as_f64()
        .unwrap_or_else(|| panic!("no sentiment.compound in {v}"))
}

fn assert_success(output: &Output) {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
    assert!(output.stderr.is_empty(), "stderr: {}", stderr(output));
}

/// Exit code 2 with a message containing every needle, and no panic.
fn assert_usage_or_data_error(output: &Output, needles: &[&str]) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(2), "stderr: {err}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in stderr: {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

fn write_file(dir: &Path, name: &str, contents: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path.to_str().expect("UTF-8 temp path").to_string()
}

#[test]
fn positive_comment_has_positive_compound() {
    let out = run(
        &["score"],
        b"The staff were wonderful and the food was great!\n",
    );
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert!(compound(&lines[0]) > 0.0, "{}", lines[0]);
    assert!(lines[0].get("id").is_none(), "no id given, none echoed");
}

#[test]
fn text_keeps_every_line_in_order_and_strips_crlf() {
    let out = run(
        &["score"],
        b"Great service, lovely staff!\r\n\nTerrible food, rude waiter.\r\nok",
    );
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 4, "the empty line is a record too");
    assert!(compound(&lines[0]) > 0.0);
    assert_eq!(compound(&lines[1]), 0.0);
    assert!(compound(&lines[2]) < 0.0);
    assert_eq!(lines[3], stdout_lines(&run(&["score"], b"ok\n"))[0]);

    // The '\r' is gone: CRLF and LF inputs give identical output.
    let lf = run(&["score"], b"Great service, lovely staff!\n");
    assert_eq!(
        stdout_lines(&lf)[0],
        lines[0],
        "CRLF line scored like LF line"
    );
}

#[test]
fn text_order_is_preserved_over_many_lines() {
    let mut input = String::new();
    for i in 0..3000 {
        input.push_str(if i % 3 == 0 {
            "Absolutely loved it, great service!\n"
        } else if i % 3 == 1 {
            "Awful, slow and rude.\n"
        } else {
            "The table was by the window.\n"
        });
    }
    let out = run(&["score", "-"], input.as_bytes());
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3000);
    for (i, line) in lines.iter().enumerate() {
        let c = compound(line);
        match i % 3 {
            0 => assert!(c > 0.0, "line {i}: {c}"),
            1 => assert!(c < 0.0, "line {i}: {c}"),
            _ => assert_eq!(c, 0.0, "line {i}"),
        }
    }
}

#[test]
fn text_file_input_and_bom() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_file(dir.path(), "c.txt", b"\xEF\xBB\xBFGreat!\nBad.\n");
    let out = run(&["score", &path], b"");
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 2);
    let plain = run(&["score"], b"Great!\n");
    assert_eq!(
        lines[0],
        stdout_lines(&plain)[0],
        "BOM is not part of the text"
    );
}

#[test]
fn empty_input_gives_empty_output() {
    for format in ["text", "jsonl"] {
        let out = run(&["score", "--format", format], b"");
        assert_success(&out);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn jsonl_echoes_ids_as_strings_in_order() {
    let input = concat!(
        "{\"id\": 17, \"text\": \"Loved it!\"}\n",
        "{\"text\": \"Hated it.\", \"id\": \"abc-1\", \"stars\": 1}\n",
        "{\"text\": \"No id here, fine.\"}\r\n",
        "{\"id\": 2.5, \"text\": \"caf\\u00e9 was \\\"great\\\"\"}\n",
        "{\"id\": null, \"text\": \"meh\"}\n",
    );
    let out = run(&["score", "--format", "jsonl"], input.as_bytes());
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "17");
    assert!(compound(&lines[0]) > 0.0);
    assert_eq!(lines[1]["id"], "abc-1");
    assert!(compound(&lines[1]) < 0.0);
    assert!(lines[2].get("id").is_none());
    assert_eq!(lines[3]["id"], "2.5");
    assert!(compound(&lines[3]) > 0.0);
    assert!(lines[4].get("id").is_none());
}

#[test]
fn jsonl_order_is_preserved() {
    let input: String = (0..2000)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"comment number {i}\"}}\n"))
        .collect();
    let out = run(&["score", "--format", "jsonl"], input.as_bytes());
    assert_success(&out);
    let ids: Vec<String> = stdout_lines(&out)
        .iter()
        .map(|v| v["id"].as_str().expect("string id").to_string())
        .collect();
    let expected: Vec<String> = (0..2000).map(|i| i.to_string()).collect();
    assert_eq!(ids, expected);
}

#[test]
fn csv_reads_named_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = "stars,body,review_id\r\n\
               5,\"Great staff, lovely food!\",r1\r\n\
               1,\"Awful.\nNever again.\",r2\r\n\
               3,The room was on the second floor,7\r\n";
    let path = write_file(dir.path(), "r.csv", csv.as_bytes());
    let out = run(
        &[
            "score",
            "--format",
            "csv",
            "--text-column",
            "body",
            "--id-column",
            "review_id",
            &path,
        ],
        b"",
    );
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "r1");
    assert!(compound(&lines[0]) > 0.0);
    assert_eq!(lines[1]["id"], "r2");
    assert!(compound(&lines[1]) < 0.0);
    assert_eq!(lines[2]["id"], "7");

    // Without --id-column there is no id; stdin works too.
    let out = run(
        &["score", "--format", "csv", "--text-column", "body"],
        csv.as_bytes(),
    );
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.get("id").is_none()));
}

#[test]
fn profiles_and_custom_lexicon() {
    let out = run(
        &["score", "--profile", "vader"],
        b"VADER is smart, handsome, and funny.\n",
    );
    assert_success(&out);
    assert_eq!(compound(&stdout_lines(&out)[0]), 0.8316);

    let dir = tempfile::tempdir().expect("tempdir");
    let lexicon = write_file(dir.path(), "slang.tsv", b"bussin\t2.5\n");
    let plain = run(&["score"], b"the tacos were bussin\n");
    let custom = run(
        &["score", "--lexicon", &lexicon],
        b"the tacos were bussin\n",
    );
    assert_success(&custom);
    assert_eq!(compound(&stdout_lines(&plain)[0]), 0.0);
    assert!(compound(&stdout_lines(&custom)[0]) > 0.3);
}

#[test]
fn bad_lexicon_is_exit_2_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lexicon = write_file(dir.path(), "bad.tsv", b"good\t1.0\noops\n");
    let out = run(&["score", "--lexicon", &lexicon], b"hello\n");
    assert_usage_or_data_error(&out, &[&format!("{lexicon}:2")]);
    assert!(out.stdout.is_empty());

    let missing = dir.path().join("missing.tsv");
    let missing = missing.to_str().expect("UTF-8 path");
    let out = run(&["score", "--lexicon", missing], b"hello\n");
    assert_usage_or_data_error(&out, &[missing]);
}

fn touchpoint_names(line: &serde_json::Value) -> Vec<String> {
    line["relevance"]["touchpoints"]
        .as_array()
        .expect("touchpoints")
        .iter()
        .map(|t| t["name"].as_str().expect("name").to_string())
        .collect()
}

#[test]
fn domain_and_taxonomy_select_touchpoints() {
    let text = b"The valet lost our car keys.\n";
    let plain = run(&["score"], text);
    assert_success(&plain);
    assert!(!touchpoint_names(&stdout_lines(&plain)[0]).contains(&"parking".to_string()));

    let dir = tempfile::tempdir().expect("tempdir");
    let taxonomy = write_file(dir.path(), "mine.tsv", b"valet\tparking\n");
    let out = run(
        &["score", "--domain", "hotel", "--taxonomy", &taxonomy],
        text,
    );
    assert_success(&out);
    assert!(touchpoint_names(&stdout_lines(&out)[0]).contains(&"parking".to_string()));

    let out = run(&["score", "--domain", "casino"], text);
    assert_usage_or_data_error(&out, &["--domain", "casino", "airline"]);
    let bad = write_file(dir.path(), "bad.tsv", b"valet\tparking\nvalet parking\n");
    let out = run(&["score", "--taxonomy", &bad], text);
    assert_usage_or_data_error(&out, &["--taxonomy", &format!("{bad}:2")]);
}

#[test]
fn unreadable_input_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope.txt");
    let missing = missing.to_str().expect("UTF-8 path");
    let out = run(&["score", missing], b"");
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0));
    assert!(out.status.code().is_some(), "exited, not killed");
    assert!(err.contains(missing), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let dir_path = dir.path().to_str().expect("UTF-8 path");
    let out = run(&["score", dir_path], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains(dir_path));
}

#[test]
fn bad_json_stops_with_line_number_after_flushing() {
    let input = b"{\"text\": \"Great!\"}\n{\"text\": \"oops\"\n{\"text\": \"fine\"}\n";
    let out = run(&["score", "--format", "jsonl"], input);
    assert_usage_or_data_error(&out, &["line 2", "invalid JSON", "--keep-going"]);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1, "the record before the error was written");
    assert!(compound(&lines[0]) > 0.0);
}

#[test]
fn jsonl_missing_or_non_string_text_is_an_error() {
    for (input, needle) in [
        (
            &b"{\"text\": \"ok\"}\n{\"id\": 3, \"body\": \"x\"}\n"[..],
            "`text`",
        ),
        (b"{\"text\": \"ok\"}\n{\"text\": 42}\n", "string"),
        (b"{\"text\": \"ok\"}\n{\"text\": null}\n", "string"),
        (b"{\"text\": \"ok\"}\n[\"text\"]\n", "object"),
        (b"{\"text\": \"ok\"}\n\n", "empty line"),
    ] {
        let out = run(&["score", "--format", "jsonl"], input);
        assert_usage_or_data_error(&out, &["line 2", needle]);
        assert_eq!(stdout_lines(&out).len(), 1);
    }
}

#[test]
fn invalid_utf8_is_an_error_in_every_format() {
    let cases: [(&[&str], &[u8]); 3] = [
        (&["score"], b"fine\nbad \xff byte\nfine\n"),
        (
            &["score", "--format", "jsonl"],
            b"{\"text\": \"fine\"}\n{\"text\": \"bad \xff\"}\n",
        ),
        (
            &["score", "--format", "csv", "--text-column", "t"],
            b"t\nfine\nbad \xff\n",
        ),
    ];
    for (args, input) in cases {
        let out = run(args, input);
        // csv: header is line 1, the bad record is on line 3.
        let line = if args.contains(&"csv") {
            "line 3"
        } else {
            "line 2"
        };
        assert_usage_or_data_error(&out, &[line, "UTF-8"]);
        assert_eq!(stdout_lines(&out).len(), 1, "{args:?}");
    }
}

#[test]
fn csv_missing_column_is_a_usage_error() {
    let out = run(
        &["score", "--format", "csv", "--text-column", "comment"],
        b"id,body\n1,hi\n",
    );
    assert_usage_or_data_error(&out, &["\"comment\"", "\"body\""]);
    assert!(out.stdout.is_empty());

    let out = run(
        &[
            "score",
            "--format",
            "csv",
            "--text-column",
            "body",
            "--id-column",
            "review",
        ],
        b"id,body\n1,hi\n",
    );
    assert_usage_or_data_error(&out, &["\"review\""]);
}

#[test]
fn csv_flag_misuse_is_a_usage_error() {
    let out = run(&["score", "--format", "csv"], b"t\nhi\n");
    assert_usage_or_data_error(&out, &["--text-column"]);
    let out = run(&["score", "--text-column", "t"], b"hi\n");
    assert_usage_or_data_error(&out, &["--format csv"]);
    let out = run(&["score", "--format", "xml"], b"hi\n");
    assert_usage_or_data_error(&out, &["xml"]);
}

#[test]
fn csv_bad_row_names_its_line() {
    // The quoted field spans lines 2-3, so the short row is on line 4.
    let input = b"id,body\n1,\"two\nlines\"\n2\n3,fine\n";
    let args = [
        "score",
        "--format",
        "csv",
        "--text-column",
        "body",
        "--id-column",
        "id",
    ];
    let out = run(&args, input);
    assert_usage_or_data_error(&out, &["line 4", "fields"]);
    assert_eq!(stdout_lines(&out).len(), 1);

    let mut keep_going = args.to_vec();
    keep_going.push("--keep-going");
    let out = run(&keep_going, input);
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "1");
    assert_eq!(lines[1]["line"], 4);
    assert!(lines[1]["error"].as_str().is_some());
    assert_eq!(lines[2]["id"], "3");
}

#[test]
fn error_message_names_the_first_bad_line() {
    let input = b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": 1}\n{bad\n{\"nope\": 1}\n";
    let out = run(&["score", "--format", "jsonl"], input);
    assert_usage_or_data_error(&out, &["line 3"]);
    let err = stderr(&out);
    assert!(!err.contains("line 4") && !err.contains("line 5"), "{err}");
    assert_eq!(stdout_lines(&out).len(), 2);
}

#[test]
fn keep_going_writes_one_line_per_input_line_in_order() {
    let input: &[u8] = b"{\"id\": 1, \"text\": \"Great!\"}\n\
        {\"id\": 2, \"text\": 5}\n\
        not json\n\
        {\"id\": 4, \"text\": \"Awful.\"}\n\
        {\"text\": \"bad \xfe\"}\n\
        {\"id\": 6}\n\
        \n\
        {\"id\": 8, \"text\": \"fine\"}\n";
    let out = run(&["score", "--format", "jsonl", "--keep-going"], input);
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 8, "one output line per input line");
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if [1, 4, 8].contains(&n) {
            assert_eq!(line["id"], n.to_string(), "{line}");
            assert!(line.get("sentiment").is_some());
        } else {
            assert_eq!(line["line"], n, "{line}");
            assert!(
                line["error"].as_str().is_some_and(|e| !e.is_empty()),
                "{line}"
            );
            assert_eq!(line.as_object().map(|o| o.len()), Some(2), "{line}");
        }
    }

    // Same for text: the invalid UTF-8 line keeps its place.
    let out = run(&["score", "--keep-going"], b"Great!\n\xff\xfe\nAwful.\n");
    assert_success(&out);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3);
    assert!(compound(&lines[0]) > 0.0);
    assert_eq!(lines[1]["line"], 2);
    assert!(compound(&lines[2]) < 0.0);
}

#[test]
fn broken_pipe_ends_quietly_with_success() {
    let mut child = Command::new(BIN)
        .arg("score")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cxscore");
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = thread::spawn(move || {
        // Far more output than a pipe buffer holds; stop once the child is gone.
        for i in 0..500_000u32 {
            let line = format!("The service was great, comment {i}\n");
            if stdin.write_all(line.as_bytes()).is_err() {
                return;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("read first line");
    let first: Value = serde_json::from_str(&first).expect("first line is JSON");
    assert!(compound(&first) > 0.0);
    drop(stdout);

    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    feeder.join().expect("feeder");
    assert_eq!(
        status.code(),
        Some(0),
        "clean exit, not a signal: {status:?}"
    );
    assert!(err.is_empty(), "stderr: {err}");
}

#[test]
fn help_documents_everything() {
    let out = run(&["--help"], b"");
    assert_success(&out);
    let top = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(top.contains("score"), "{top}");

    let out = run(&["score", "--help"], b"");
    assert_success(&out);
    let help = String::from_utf8_lossy(&out.stdout).into_owned();
    for needle in [
        "[FILE]",
        "stdin",
        "--format",
        "text",
        "jsonl",
        "csv",
        "--text-column",
        "--id-column",
        "--profile",
        "customer",
        "vader",
        "--lexicon",
        "--keep-going",
        "{\"line\":N,\"error\":\"...\"}",
        "--threads",
        "input order",
        "Exit codes",
    ] {
        assert!(help.contains(needle), "{needle:?} missing from:\n{help}");
    }
}

/// A JSONL line of about 1 MB: a long, opinionated comment.
fn one_mb_text() -> String {
    let sentence = "The staff were wonderful but the wait was painfully slow. ";
    sentence.repeat((1 << 20) / sentence.len() + 1)
}

/// Check that `lines` has one record per input line, in order: `Ok(id)`
/// entries are scored records echoing `id` (or carrying no id when it is
/// empty), `Err(n)` entries are `{"line": n, "error": ...}` markers.
fn assert_one_per_line(lines: &[Value], expected: &[Result<&str, u64>], context: &str) {
    assert_eq!(
        lines.len(),
        expected.len(),
        "{context}: one line out per line in"
    );
    for (i, (line, want)) in lines.iter().zip(expected).enumerate() {
        match want {
            Ok(id) => {
                assert!(line.get("sentiment").is_some(), "{context}: #{i}: {line}");
                if id.is_empty() {
                    assert!(line.get("id").is_none(), "{context}: #{i}: {line}");
                } else {
                    assert_eq!(line["id"], *id, "{context}: #{i}");
                }
            }
            Err(n) => {
                assert_eq!(line["line"], *n, "{context}: #{i}: {line}");
                assert!(
                    line["error"].as_str().is_some_and(|e| !e.is_empty()),
                    "{context}: #{i}: {line}"
                );
                assert_eq!(line.as_object().map(|o| o.len()), Some(2), "{context}");
            }
        }
    }
}

#[test]
fn nothing_lost_jsonl_mixed_good_and_bad_records() {
    let big = one_mb_text();
    let mut input: Vec<u8> = Vec::new();
    let mut expected: Vec<Result<String, u64>> = Vec::new();
    // Repeated so the input spans several --threads chunks (4096 records).
    for round in 0..1200u64 {
        let base = round * 8;
        let id = |k: u64| format!("r{}", base + k);
        input.extend(format!("{{\"id\": \"{}\", \"text\": \"Great staff!\"}}\n", id(1)).bytes());
        expected.push(Ok(id(1)));
        input.extend(b"{\"id\": \"x\", \"text\": \"unterminated\n"); // bad JSON
        expected.push(Err(base + 2));
        input.extend(b"{\"id\": \"x\", \"text\": \"bad \xff\xfe byte\"}\n"); // invalid UTF-8
        expected.push(Err(base + 3));
        input.extend(b"{\"id\": \"x\", \"body\": \"no text field\"}\n"); // missing `text`
        expected.push(Err(base + 4));
        input.extend(b"\n"); // empty line
        expected.push(Err(base + 5));
        if round % 400 == 0 {
            input.extend(format!("{{\"id\": \"{}\", \"text\": \"{big}\"}}\n", id(6)).bytes());
        } else {
            input.extend(format!("{{\"id\": \"{}\", \"text\": \"Awful.\"}}\r\n", id(6)).bytes());
        }
        expected.push(Ok(id(6)));
        input.extend(format!("{{\"text\": \"no id, fine\", \"n\": {}}}\n", base + 7).bytes());
        expected.push(Ok(String::new()));
        input.extend(
            format!(
                "{{\"id\": {}, \"text\": \"caf\\u00e9 \\\"ok\\\"\"}}\n",
                base + 8
            )
            .bytes(),
        );
        expected.push(Ok((base + 8).to_string()));
    }
    let expected: Vec<Result<&str, u64>> = expected
        .iter()
        .map(|e| e.as_deref().map_err(|n| *n))
        .collect();

    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_file(dir.path(), "mixed.jsonl", &input);
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        // From a file and from stdin.
        for (file, stdin) in [(path.as_str(), &[][..]), ("-", &input[..])] {
            let args = [
                "score",
                "--format",
                "jsonl",
                "--keep-going",
                "--threads",
                threads,
                file,
            ];
            let out = run(&args, stdin);
            assert_success(&out);
            let context = format!("--threads {threads} {file}");
            assert_one_per_line(&stdout_lines(&out), &expected, &context);
            outputs.push(out.stdout);
        }

        // Without --keep-going: the first good record is written, then exit 2 at line 2.
        let out = run(
            &["score", "--format", "jsonl", "--threads", threads, &path],
            b"",
        );
        assert_usage_or_data_error(&out, &["line 2", "invalid JSON", "--keep-going"]);
        let err = stderr(&out);
        assert!(!err.contains("line 3"), "{err}");
        assert_one_per_line(&stdout_lines(&out), &[Ok("r1")], "no --keep-going");
    }
    assert!(
        outputs.windows(2).all(|w| w[0] == w[1]),
        "same bytes every way"
    );
}

#[test]
fn nothing_lost_text_mixed_good_and_bad_lines() {
    #[derive(Clone, Copy, Debug)]
    enum Want {
        Positive,
        NotPositive,
        Scored,
        BadUtf8,
    }
    let big = one_mb_text();
    let mut input: Vec<u8> = Vec::new();
    let mut expected = Vec::new();
    for round in 0..1500 {
        input.extend(b"Great staff, lovely food!\n");
        expected.push(Want::Positive);
        input.extend(b"bad \xff\xfe byte\n");
        expected.push(Want::BadUtf8);
        input.extend(b"\n"); // an empty line is a (neutral) record in text format
        expected.push(Want::NotPositive);
        if round % 500 == 0 {
            input.extend(big.as_bytes());
            input.push(b'\n');
            expected.push(Want::Scored);
        } else {
            input.extend(b"Terrible, rude and slow.\r\n");
            expected.push(Want::NotPositive);
        }
        // Broken JSON is just text in this format, not a bad record.
        input.extend(b"{\"text\": \"unterminated\n");
        expected.push(Want::Scored);
    }
    // The last line has no newline and is still a record.
    input.extend(b"Loved it!");
    expected.push(Want::Positive);

    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_file(dir.path(), "mixed.txt", &input);
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        let out = run(&["score", "--keep-going", "--threads", threads, &path], b"");
        assert_success(&out);
        let lines = stdout_lines(&out);
        assert_eq!(lines.len(), expected.len(), "--threads {threads}");
        for (i, (line, want)) in lines.iter().zip(&expected).enumerate() {
            let n = i + 1;
            match want {
                Want::Positive => assert!(compound(line) > 0.0, "line {n}: {line}"),
                Want::NotPositive => assert!(compound(line) <= 0.0, "line {n}: {line}"),
                Want::Scored => assert!(compound(line).is_finite(), "line {n}: {line}"),
                Want::BadUtf8 => {
                    assert_eq!(line["line"], n, "{line}");
                    let error = line["error"].as_str().unwrap_or_default();
                    assert!(error.contains("UTF-8"), "line {n}: {line}");
                }
            }
            assert!(line.get("id").is_none(), "line {n}: {line}");
        }
        outputs.push(out.stdout);

        let out = run(&["score", "--threads", threads, &path], b"");
        assert_usage_or_data_error(&out, &["line 2", "UTF-8"]);
        assert_eq!(stdout_lines(&out).len(), 1, "--threads {threads}");
    }
    assert!(
        outputs[0] == outputs[1],
        "--threads 2 output differs from --threads 1"
    );
}

#[test]
fn bad_record_after_the_first_chunk_stops_after_writing_everything_before_it() {
    // 5000 good records span two chunks; the bad one is line 5001.
    let mut input: String = (1..=5000)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"comment {i} was fine\"}}\n"))
        .collect();
    input.push_str("{\"id\": 5001}\n{\"id\": 5002, \"text\": \"never read\"}\n");
    for threads in ["1", "2", "3"] {
        let out = run(
            &["score", "--format", "jsonl", "--threads", threads],
            input.as_bytes(),
        );
        assert_usage_or_data_error(&out, &["line 5001", "`text`"]);
        let lines = stdout_lines(&out);
        assert_eq!(lines.len(), 5000, "--threads {threads}");
        assert_eq!(lines[4999]["id"], "5000");
    }
}

#[test]
fn two_threads_give_the_same_bytes_as_one() {
    let words = [
        "great",
        "awful",
        "not",
        "very",
        "service",
        "but",
        "slow",
        "friendly",
        "never",
        "again",
        "no",
        "complaints",
        "kinda",
        "rude",
        "LOVED",
        "it",
        "the",
        "waited",
        "45",
        "minutes",
        "😍",
        ":)",
        "!!!",
        "?",
        "café",
        "although",
        "could",
        "have",
        "been",
        "better",
    ];
    // A simple deterministic generator: varied lengths and mixes.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut text = String::new();
    let mut jsonl = String::new();
    for i in 0..6000 {
        let len = match next(10) {
            0 => 0,
            1..=7 => 1 + next(20),
            _ => 50 + next(400),
        };
        let mut line = String::new();
        for k in 0..len {
            if k > 0 {
                line.push(if next(12) == 0 { '.' } else { ' ' });
                if line.ends_with('.') {
                    line.push(' ');
                }
            }
            line.push_str(words[next(words.len())]);
        }
        text.push_str(&line);
        text.push('\n');
        jsonl.push_str(&serde_json::json!({"id": i, "text": line}).to_string());
        jsonl.push('\n');
    }
    let csv = {
        let mut csv = String::from("id,body\n");
        for (i, line) in text.lines().enumerate() {
            csv.push_str(&format!("{i},\"{}\"\n", line.replace('"', "\"\"")));
        }
        csv
    };
    let cases: [(&[&str], &str); 4] = [
        (&["score"], &text),
        (&["score", "--profile", "vader"], &text),
        (&["score", "--format", "jsonl"], &jsonl),
        (
            &[
                "score",
                "--format",
                "csv",
                "--text-column",
                "body",
                "--id-column",
                "id",
            ],
            &csv,
        ),
    ];
    for (args, input) in cases {
        let mut one = args.to_vec();
        one.extend(["--threads", "1"]);
        let mut two = args.to_vec();
        two.extend(["--threads", "2"]);
        let out1 = run(&one, input.as_bytes());
        let out2 = run(&two, input.as_bytes());
        assert_success(&out1);
        assert_success(&out2);
        assert_eq!(stdout_lines(&out1).len(), 6000, "{args:?}");
        assert!(
            out1.stdout == out2.stdout,
            "{args:?}: --threads 2 differs from --threads 1"
        );
        // The default (all CPUs) too.
        let default = run(args, input.as_bytes());
        assert!(default.stdout == out1.stdout, "{args:?}: default differs");
    }
}

#[test]
fn threads_must_be_a_positive_number() {
    for bad in ["0", "-1", "many", "100000"] {
        let out = run(&["score", &format!("--threads={bad}")], b"hi\n");
        assert_usage_or_data_error(&out, &["--threads"]);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn broken_pipe_ends_quietly_with_two_threads() {
    let mut child = Command::new(BIN)
        .args(["score", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cxscore");
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = thread::spawn(move || {
        for i in 0..500_000u32 {
            let line = format!("The service was great, comment {i}\n");
            if stdin.write_all(line.as_bytes()).is_err() {
                return;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("read first line");
    let first: Value = serde_json::from_str(&first).expect("first line is JSON");
    assert!(compound(&first) > 0.0);
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    feeder.join().expect("feeder");
    assert_eq!(status.code(), Some(0), "clean exit: {status:?}");
    assert!(err.is_empty(), "stderr: {err}");
}

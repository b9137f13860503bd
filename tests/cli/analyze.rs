//! Issue 2: `depeches analyze`, the analyzer's measuring interface.

use crate::util::*;

#[test]
fn elisions_and_stop_words_are_dropped_and_accents_do_not_matter() {
    let env = TestEnv::empty();
    let accented =
        env.run(&["analyze", "L'armée malienne a confirmé qu’il y avait des morts à Léré, selon l’AFP"]);
    assert_eq!(accented.code, 0);
    let terms: Vec<&str> = accented.stdout.trim_end().split(' ').collect();
    for stop in ["l", "qu", "a", "à"] {
        assert!(!terms.contains(&stop), "{stop} in {terms:?}");
    }
    assert_eq!(terms.iter().filter(|t| **t == "afp").count(), 1, "{terms:?}");
    let plain =
        env.run(&["analyze", "L'armee malienne a confirme qu'il y avait des morts a Lere, selon l'AFP"]);
    assert_eq!(plain.stdout, accented.stdout);
}

#[test]
fn stdin_lines_give_one_output_line_each() {
    let env = TestEnv::empty();
    let run = env.run_with_stdin(&["analyze"], Some("Les soldats tués\n\nà 13H30\n"));
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.split('\n').collect();
    assert_eq!(lines.len(), 4, "{:?}", run.stdout);
    assert_eq!(lines[1], "");
    assert_eq!(lines[2], "13h30");
    assert!(!lines[0].contains("les"));
}

//! `Analysis::write_json` writes the same bytes as serde_json over every
//! VADER ICWSM-2014 text, with the default taxonomy and a domain pack. The
//! texts live outside the repository in `../shared/data/vader-icwsm2014`;
//! the test skips when they are absent.

#[path = "common/icwsm.rs"]
mod icwsm;

use cxscore::{Analyzer, Taxonomy};

#[test]
fn json_writer_equals_serde_on_the_icwsm_texts() {
    let dir = icwsm::default_data_dir();
    let Some(items) = icwsm::load(&dir).unwrap() else {
        println!(
            "SKIPPED serialized_form: {} not found (the VADER ICWSM-2014 texts live outside the repo)",
            dir.display()
        );
        return;
    };
    let analyzers = [
        Analyzer::default(),
        Analyzer::builder()
            .taxonomy(Taxonomy::domain("airline").unwrap())
            .build()
            .unwrap(),
    ];
    let mut ours = Vec::new();
    for analyzer in &analyzers {
        for item in &items {
            let analysis = analyzer.analyze(&item.text).with_id(&item.id);
            ours.clear();
            analysis.write_json(&mut ours);
            let serde = serde_json::to_vec(&analysis).unwrap();
            assert!(
                ours == serde,
                "{} {}: {:?}\n  write_json: {}\n  serde_json: {}",
                item.set,
                item.id,
                item.text,
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&serde)
            );
        }
    }
}

//! Stage 4: the scorers. Each reads the annotated units of one comment.

pub mod sentiment;
pub mod vader;

//! The ordered list of annotators and the check that its order is sound.

use std::fmt;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use dossier_doc::{Annotator, Document, Layer};

/// Annotators run in a validated order.
pub struct Pipeline {
    steps: Vec<Box<dyn Annotator>>,
}

/// Why a list of annotators cannot form a pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    /// The step whose requirement is unmet.
    pub step: &'static str,
    /// The layer no earlier step assigns.
    pub missing: Layer,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "step `{}` requires {:?}, which no earlier step assigns",
            self.step, self.missing
        )
    }
}

impl std::error::Error for PipelineError {}

/// How long one step took on one document.
#[derive(Debug, Clone, Copy)]
pub struct StageTime {
    /// The step's name.
    pub stage: &'static str,
    /// Wall time spent in it.
    pub elapsed: Duration,
}

impl Pipeline {
    /// A pipeline of `steps`, checked so that every step's requirements are
    /// assigned by an earlier one.
    pub fn new(steps: Vec<Box<dyn Annotator>>) -> Result<Pipeline, PipelineError> {
        let mut have: Vec<Layer> = Vec::new();
        for step in &steps {
            if let Some(&missing) = step.requires().iter().find(|l| !have.contains(l)) {
                return Err(PipelineError {
                    step: step.name(),
                    missing,
                });
            }
            have.extend_from_slice(step.assigns());
        }
        Ok(Pipeline { steps })
    }

    /// The standard pipeline, in the order the crate documentation gives.
    pub fn standard() -> Pipeline {
        let steps: Vec<Box<dyn Annotator>> = vec![
            Box::new(dossier_segment::Segmenter::new()),
            Box::new(dossier_time::TimeAnnotator::new()),
            Box::new(dossier_entity::EntityAnnotator::new()),
            Box::new(dossier_citation::CitationAnnotator::new()),
            Box::new(dossier_quote::QuoteAnnotator::new()),
            Box::new(dossier_quantity::QuantityAnnotator::new()),
            Box::new(dossier_event::EventAnnotator::new()),
        ];
        // The standard order is fixed in code; a failure here is a bug that
        // every test would show at once.
        Pipeline::new(steps).expect("the standard pipeline is ordered")
    }

    /// One standard pipeline shared by every caller: annotators hold only
    /// immutable compiled state, so building them once saves the lexicon
    /// compilation on every document.
    pub fn shared() -> &'static Pipeline {
        static SHARED: OnceLock<Pipeline> = OnceLock::new();
        SHARED.get_or_init(Pipeline::standard)
    }

    /// Names of the steps, in order.
    pub fn stages(&self) -> Vec<&'static str> {
        self.steps.iter().map(|s| s.name()).collect()
    }

    /// Runs every step on `doc`.
    pub fn run(&self, doc: &mut Document) {
        for step in &self.steps {
            step.annotate(doc);
        }
    }

    /// Runs every step on `doc` and reports how long each took.
    pub fn run_timed(&self, doc: &mut Document) -> Vec<StageTime> {
        self.steps
            .iter()
            .map(|step| {
                let t = Instant::now();
                step.annotate(doc);
                StageTime {
                    stage: step.name(),
                    elapsed: t.elapsed(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Needs;
    impl Annotator for Needs {
        fn name(&self) -> &'static str {
            "needs"
        }
        fn requires(&self) -> &'static [Layer] {
            &[Layer::Entities]
        }
        fn assigns(&self) -> &'static [Layer] {
            &[Layer::Events]
        }
        fn annotate(&self, _: &mut Document) {}
    }

    #[test]
    fn rejects_a_step_before_its_inputs() {
        let err = Pipeline::new(vec![Box::new(Needs)]).err().unwrap();
        assert_eq!(err.missing, Layer::Entities);
    }

    #[test]
    fn standard_order_is_valid() {
        assert_eq!(Pipeline::standard().stages()[0], "segment");
    }
}

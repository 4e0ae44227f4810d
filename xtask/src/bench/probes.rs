//! Everything one bench run measured, the input of its report.

use crate::lighthouse;
use crate::navigation::Walks;
use crate::page_data::SiteData;
use crate::page_timing::Timings;

use super::sites::Measures;

pub struct Probes<'a> {
    pub current: &'a Measures,
    pub baseline: &'a Measures,
    pub timings: &'a Timings,
    /// Client navigation, this tree's then the baseline's.
    pub walks: &'a Walks,
    /// Each page's embedded data, this tree's then the baseline's.
    pub embedded: &'a [SiteData; 2],
    /// Lighthouse's results, with the label of each site they hold.
    pub lighthouse: Option<&'a (lighthouse::Results, Vec<String>)>,
    pub runs: usize,
}

//! `report.json`: every figure of a bench run, each load and run as well as the medians.

use serde_json::{Value, json};

use crate::lighthouse::{self, Metrics};
use crate::navigation;
use crate::page_data::{self, SiteData};
use crate::page_timing::{self, Clocks, Summary, summarise};

use super::probes::Probes;
use super::sites::Measures;

pub fn report(probes: &Probes) -> Value {
    let Probes {
        current,
        baseline,
        timings,
        walks,
        embedded,
        lighthouse,
        runs,
    } = *probes;
    let size_json = |m: &Measures| -> Value {
        json!({
            "site": m.label,
            "sizes": m.rows.iter().map(|(name, s)| json!({
                "name": name, "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli,
            })).collect::<Vec<_>>(),
            "pages_prerendered": m.pages,
            "build_seconds": m.build_seconds,
        })
    };
    let labels = [current.label.as_str(), baseline.label.as_str()];
    let timing_json: Vec<Value> = timings
        .iter()
        .map(|(page, sites)| {
            json!({
                "page": page,
                "sites": sites.iter().zip(labels).map(|(loads, label)| {
                    let clocks: serde_json::Map<String, Value> = Clocks::NAMES.iter().enumerate()
                        .map(|(i, name)| (name.to_string(), summary_json(summarise(loads.iter().map(|c| c.values()[i])))))
                        .collect();
                    json!({
                        "site": label,
                        "median_ms": clocks,
                        "loads_ms": loads.iter().map(|c| c.values().to_vec()).collect::<Vec<_>>(),
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let lighthouse_json = lighthouse.map(|(results, labels)| {
        json!({
            "version": crate::tools::LIGHTHOUSE_VERSION,
            "form_factor": "mobile",
            "throttling": "simulated (Lighthouse's default: slow 4G, CPU slowed 4x)",
            "pages": results.iter().zip(lighthouse::all_pages()).map(|((page, sites), (_, path))| json!({
                "page": page,
                "path": format!("/{path}"),
                "sites": sites.iter().zip(labels).map(|(runs, label)| {
                    let summaries = lighthouse::summaries(runs);
                    let medians: serde_json::Map<String, Value> = Metrics::NAMES.iter().zip(summaries)
                        .map(|((_, key, _), s)| (key.to_string(), summary_json(s)))
                        .collect();
                    let runs: Vec<Value> = runs.iter().map(|m| {
                        Value::Object(Metrics::NAMES.iter().zip(m.values())
                            .map(|((_, key, _), v)| (key.to_string(), json!(v)))
                            .collect())
                    }).collect();
                    json!({ "site": label, "medians": medians, "runs": runs })
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    });
    json!({
        "runs": runs,
        "builds": [size_json(current), size_json(baseline)],
        "embedded_data": {
            "compression": "brotli, quality 11",
            "limit_bytes": page_data::LIMIT_BYTES,
            "sites": embedded.iter().zip(labels).map(|(site, label)| embedded_json(site, label)).collect::<Vec<_>>(),
        },
        "first_visit": { "cpu_slowdown": page_timing::CPU_SLOWDOWN, "pages": timing_json },
        "navigation": {
            "cpu_slowdown": page_timing::CPU_SLOWDOWN,
            "viewport": { "width": navigation::VIEWPORT.0, "height": navigation::VIEWPORT.1 },
            "start": format!("/{}", navigation::START),
            "hops": navigation::HOPS,
            "sites": walks.iter().zip(labels).map(|(walks, label)| navigation_json(walks, label)).collect::<Vec<_>>(),
        },
        "lighthouse": lighthouse_json,
    })
}

fn embedded_json(site: &SiteData, label: &str) -> Value {
    json!({
        "site": label,
        "pages_with_data": site.pages.len(),
        "over_limit": site.over_limit(),
        "pages": site.pages.iter().map(|p| json!({
            "address": p.address, "raw": p.raw, "brotli": p.brotli,
        })).collect::<Vec<_>>(),
    })
}

fn navigation_json(walks: &[navigation::Walk], label: &str) -> Value {
    json!({
        "site": label,
        "hops": (0..navigation::HOPS.len())
            .map(|i| summary_json(navigation::hop(walks, i)))
            .collect::<Vec<_>>(),
        "warm_hops": summary_json(navigation::warm_hops(walks)),
        "runs_ms": walks,
    })
}

fn summary_json(summary: Option<Summary>) -> Value {
    summary.map_or(
        Value::Null,
        |s| json!({ "median": s.median, "low": s.low, "high": s.high }),
    )
}

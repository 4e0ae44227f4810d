//! A comparison's data, asked for early. `/compare/?forces=…` is built in the browser (no HTML
//! can be prerendered for every choice of forces), and the app asked for the index and then the
//! force files only once the wasm had arrived and started: on a phone's connection the page
//! waited for the wasm, then two more round trips (docs/performance.md). The comparison page's
//! shell now preloads those files right after its first paint, beside the wasm, and the app's
//! own requests are answered from the preloads.
//!
//! The script reads the address as `CompareQuery::from_lookup` does (trimmed, lower-cased, the
//! first four distinct slugs) and asks only for forces the bundle has, so an unknown force in
//! the address costs no failed request.

use peel_model::ForceSlug;
use peel_model::bundle::{BundleFile, Layout};
use peel_model::route::Route;

use crate::site::Site;

/// The inline script of the page `route`, or `None` for every page but the comparison.
pub fn script(route: &Route, site: &Site, forces: &[ForceSlug]) -> Option<String> {
    if !matches!(route, Route::Compare(_)) {
        return None;
    }
    let placeholder = ForceSlug::parse("x")?;
    let force_file = site.file(&Layout::CURRENT.path(BundleFile::Force(&placeholder)));
    let (force_prefix, force_suffix) = force_file.rsplit_once("/x")?;
    let known: Vec<&str> = forces.iter().map(ForceSlug::as_str).collect();
    let json = |text: &str| serde_json::to_string(text).unwrap_or_default();
    Some(format!(
        "{{const known={known};const asked=[];\
         for(const s of (new URLSearchParams(location.search).get(\"forces\")||\"\").split(\",\")){{\
         const slug=s.trim().toLowerCase();\
         if(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(slug)&&slug.length<=100&&!asked.includes(slug)&&asked.length<4)asked.push(slug)}}\
         const files=asked.filter((slug)=>known.includes(slug)).map((slug)=>{prefix}+\"/\"+slug+{suffix});\
         if(files.length)requestAnimationFrame(()=>setTimeout(()=>{{\
         for(const href of [{index},...files]){{const link=document.createElement(\"link\");\
         link.rel=\"preload\";link.as=\"fetch\";link.crossOrigin=\"anonymous\";link.href=href;document.head.append(link)}}}}))}}",
        known = serde_json::to_string(&known).unwrap_or_default(),
        prefix = json(force_prefix),
        suffix = json(force_suffix),
        index = json(&site.file(&Layout::CURRENT.path(BundleFile::Index))),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_comparison_asks_early_for_the_files_of_the_bundle_it_reads() {
        let site = Site::new("/sub/path/", "");
        let forces = vec![
            ForceSlug::parse("kent").unwrap(),
            ForceSlug::parse("essex").unwrap(),
        ];
        assert_eq!(script(&Route::parse("/round/2016/"), &site, &forces), None);
        let script = script(&Route::parse("/compare/"), &site, &forces).unwrap();
        let index = site.file(&Layout::CURRENT.path(BundleFile::Index));
        let kent = site.file(&Layout::CURRENT.path(BundleFile::Force(&forces[0])));
        assert!(script.contains(&format!("\"{index}\"")), "{script}");
        let (prefix, suffix) = kent.rsplit_once("/kent").unwrap();
        assert!(
            script.contains(&format!("\"{prefix}\"+\"/\"+slug+\"{suffix}\"")),
            "{script}"
        );
        assert!(script.contains(r#"const known=["kent","essex"]"#), "{script}");
        assert!(!script.contains("</"), "cannot close its element");
    }
}

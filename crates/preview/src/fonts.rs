//! The font files the images are set in: DejaVu Sans, regular and bold, from the Debian
//! package `fonts-dejavu-core` (which `cargo xtask` installs where it is missing).

use std::path::Path;

/// The Debian package that holds [`FILES`].
pub const DEBIAN_PACKAGE: &str = "fonts-dejavu-core";

pub const REGULAR: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
pub const BOLD: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

/// Every file the images need.
pub const FILES: [&str; 2] = [REGULAR, BOLD];

/// The files of [`FILES`] that are not on this machine.
pub fn missing() -> Vec<&'static str> {
    FILES
        .into_iter()
        .filter(|file| !Path::new(file).is_file())
        .collect()
}

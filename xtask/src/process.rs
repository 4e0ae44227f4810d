//! Running the project's tools: announced steps, and failures that say what to do.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Instant;

/// A failure: which step, what happened, and what the user can do about it.
#[derive(Debug)]
pub struct Failure {
    pub step: String,
    pub message: String,
    pub hint: String,
}

pub type Result<T> = std::result::Result<T, Failure>;

pub fn fail<T>(step: &str, message: impl Into<String>, hint: impl Into<String>) -> Result<T> {
    Err(Failure {
        step: step.to_owned(),
        message: message.into(),
        hint: hint.into(),
    })
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// Prints a step heading; returns a timer for [`done`].
pub fn step(title: &str) -> Instant {
    eprintln!("\n==> {title}");
    Instant::now()
}

pub fn done(started: Instant) {
    let seconds = started.elapsed().as_secs();
    if seconds >= 5 {
        eprintln!("    done in {}", minutes_and_seconds(seconds));
    }
}

pub fn minutes_and_seconds(seconds: u64) -> String {
    if seconds >= 60 {
        format!("{}m {:02}s", seconds / 60, seconds % 60)
    } else {
        format!("{seconds}s")
    }
}

/// PATH with the project's tool folders first: cargo's bin and npm's `node_modules/.bin`.
pub fn tool_path() -> std::ffi::OsString {
    let mut dirs = vec![root().join("node_modules/.bin"), cargo_bin()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

pub fn cargo_bin() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => home_dir().join(".cargo/bin"),
    }
}

fn home_dir() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/root"))
}

/// A command in the workspace root with the tool PATH.
pub fn command(program: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", tool_path());
    command
}

/// Runs a command with its output shown, failing the step if it fails.
pub fn run(step: &str, command: &mut Command, hint: &str) -> Result<()> {
    let shown = describe(command);
    eprintln!("    $ {shown}");
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => fail(step, format!("`{shown}` failed ({status})"), hint),
        Err(e) => fail(step, format!("could not start `{shown}`: {e}"), hint),
    }
}

/// Runs a command quietly and returns its standard output, or `None` if it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    words.join(" ")
}

/// A child process killed (with its process group) when dropped, so no Chromium or
/// ChromeDriver outlives a test run, also when the run fails.
pub struct Background {
    child: Child,
    name: String,
}

/// The process groups of the background processes now running. They are groups of their own, so
/// a terminal's Ctrl-C does not reach them: [`end_background_on_interrupt`] ends them instead.
static RUNNING_GROUPS: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// On Ctrl-C (or SIGTERM, SIGHUP), ends every background process group, then exits with 130;
/// without this an interrupted test run would leave ChromeDriver and Chromium running.
pub fn end_background_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        let groups = RUNNING_GROUPS.lock().map(|g| g.clone()).unwrap_or_default();
        #[cfg(unix)]
        for group in &groups {
            terminate_group(*group);
        }
        if !groups.is_empty() {
            eprintln!("\ninterrupted: ended ChromeDriver and its browsers");
        }
        std::process::exit(130);
    });
}

impl Background {
    pub fn spawn(name: &str, command: &mut Command) -> std::io::Result<Background> {
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        let child = command.spawn()?;
        if let Ok(mut groups) = RUNNING_GROUPS.lock() {
            groups.push(child.id());
        }
        Ok(Background {
            child,
            name: name.to_owned(),
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether it has exited already (and so failed to start).
    pub fn exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Ok(mut groups) = RUNNING_GROUPS.lock() {
            groups.retain(|group| *group != self.child.id());
        }
        // The whole group: ChromeDriver's Chromium processes included.
        #[cfg(unix)]
        terminate_group(self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends SIGTERM to the process group led by `leader` (spawned with `process_group(0)`).
#[cfg(unix)]
fn terminate_group(leader: u32) {
    // A pid of 0 or 1 would make the group id 0 (our own group) or -1 (every process).
    let Ok(group) = libc::pid_t::try_from(leader) else {
        return;
    };
    if group > 1 {
        // SAFETY: kill(2) takes plain integers and touches no memory of ours.
        unsafe {
            libc::kill(-group, libc::SIGTERM);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// Dropping a background process ends its group and nothing else: a bystander that is not
    /// in the group (as the test runner itself is not) lives on.
    #[test]
    fn dropping_a_background_process_ends_only_its_group() {
        let mut bystander = Command::new("sleep").arg("30").spawn().expect("start sleep");
        let background =
            Background::spawn("sh", Command::new("sh").args(["-c", "sleep 30 & wait"])).expect("start sh");
        let leader = background.child.id();
        std::thread::sleep(std::time::Duration::from_millis(200));
        drop(background);
        // Time for a stray signal to land.
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(
            matches!(bystander.try_wait(), Ok(None)),
            "a process outside the group was signalled"
        );
        let _ = bystander.kill();
        let _ = bystander.wait();
        // The group's other member (the inner sleep) is gone too.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let group_alive = || {
            Command::new("pgrep")
                .args(["-g", &leader.to_string()])
                .output()
                .is_ok_and(|out| !out.stdout.is_empty())
        };
        while group_alive() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert!(!group_alive(), "the group's processes outlived the drop");
    }
}

//! Graceful shutdown: a future that resolves on SIGTERM or Ctrl-C, and a flag long-running
//! loops check between units of work.

use tokio::sync::watch;

/// Resolves when the process receives SIGTERM or Ctrl-C (SIGINT).
pub async fn signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// A stop flag shared by the tasks of one process.
#[derive(Debug, Clone)]
pub struct Stop(watch::Receiver<bool>);

impl Stop {
    /// A flag that is raised when [`signal`] resolves (spawns a task on the current runtime).
    pub fn on_signal() -> Stop {
        let (tx, rx) = watch::channel(false);
        tokio::spawn(async move {
            signal().await;
            eprintln!("stopping (signal received): finishing the work in hand");
            let _ = tx.send(true);
        });
        Stop(rx)
    }

    /// A flag raised by the returned sender (for tests and embedding).
    pub fn manual() -> (watch::Sender<bool>, Stop) {
        let (tx, rx) = watch::channel(false);
        (tx, Stop(rx))
    }

    /// Whether stopping was asked for.
    pub fn is_set(&self) -> bool {
        *self.0.borrow()
    }

    /// Sleeps for `d` or until stopping is asked for; returns true if it was.
    pub async fn sleep(&mut self, d: std::time::Duration) -> bool {
        if self.is_set() {
            return true;
        }
        let woken = tokio::select! {
            _ = tokio::time::sleep(d) => false,
            r = self.0.wait_for(|s| *s) => r.is_ok(),
        };
        woken || self.is_set()
    }

    /// Resolves when stopping is asked for, without giving up the flag (for `select!`).
    pub async fn raised(&mut self) {
        let _ = self.0.wait_for(|s| *s).await;
    }

    /// The underlying channel, for code that waits on a `watch::Receiver`.
    pub fn receiver(&self) -> watch::Receiver<bool> {
        self.0.clone()
    }

    /// Resolves when stopping is asked for.
    pub async fn wait(mut self) {
        let _ = self.0.wait_for(|s| *s).await;
    }
}

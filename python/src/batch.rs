//! The pure-Rust half of the binding: running a function over many texts on a
//! pool of threads, in input order, with every panic turned into an error.
//! No Python here, so `harness/` tests it with plain `cargo test`.

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `f`, returning its panic (should it ever panic) as an error message
/// instead of unwinding into the Python interpreter.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".into());
        format!("internal error in newsmark ({msg})")
    })
}

/// The number of threads to use when the caller names none: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `items.iter().map(f)`, on up to `threads` scoped threads, results in input
/// order. Threads take the next item as they finish one, so a long text does
/// not hold up a whole share of the batch.
///
/// `f` should not panic (wrap it in [`guarded`]); if it does, the panic
/// reaches the caller once every thread has stopped.
pub fn map_ordered<I, T, F>(items: &[I], threads: usize, f: F) -> Vec<T>
where
    I: Sync,
    T: Send,
    F: Fn(&I) -> T + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            done.push((i, f(item)));
        }
        done
    };
    let parts: Vec<Vec<(usize, T)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|_| s.spawn(worker)).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| panic::resume_unwind(p)))
            .collect()
    });
    let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (i, t) in parts.into_iter().flatten() {
        slots[i] = Some(t);
    }
    // Every index below items.len() was taken by exactly one thread.
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::Mutex;

    #[test]
    fn results_come_back_in_input_order_whatever_the_thread_count() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so threads finish out of order.
        let slow_square = |x: &u64| {
            let mut acc = 0u64;
            for k in 0..(x % 7) * 1000 {
                acc = acc.wrapping_add(k);
            }
            std::hint::black_box(acc);
            x * x
        };
        let expected: Vec<u64> = items.iter().map(|x| x * x).collect();
        for threads in [1, 2, 3, 8, 5000] {
            assert_eq!(
                map_ordered(&items, threads, slow_square),
                expected,
                "threads = {threads}"
            );
        }
    }

    #[test]
    fn several_threads_share_the_work() {
        let items: Vec<u32> = (0..64).collect();
        let seen = Mutex::new(HashSet::new());
        map_ordered(&items, 4, |_| {
            seen.lock().unwrap().insert(std::thread::current().id());
            // Long enough that one thread cannot take every item before the others start.
            std::thread::sleep(std::time::Duration::from_millis(2));
        });
        assert!(seen.lock().unwrap().len() > 1, "one thread did everything");
    }

    #[test]
    fn one_thread_runs_on_the_calling_thread() {
        let me = std::thread::current().id();
        let ids = map_ordered(&[1, 2, 3], 1, |_| std::thread::current().id());
        assert!(ids.iter().all(|id| *id == me));
    }

    #[test]
    fn empty_input_and_zero_threads_are_fine() {
        let none: Vec<i32> = Vec::new();
        assert!(map_ordered(&none, 4, |x| *x).is_empty());
        assert_eq!(map_ordered(&[7], 0, |x| x + 1), [8]);
    }

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        let hook = panic::take_hook();
        panic::set_hook(Box::new(|_| {}));
        let r = map_ordered(&[1, 2, 3, 4], 2, |x| {
            guarded(|| if *x == 3 { panic!("boom at {x}") } else { *x })
        });
        let literal = guarded(|| -> u8 { panic!("plain") });
        panic::set_hook(hook);
        assert_eq!(r[0], Ok(1));
        assert_eq!(r[1], Ok(2));
        assert_eq!(
            r[2],
            Err("internal error in newsmark (boom at 3)".to_string())
        );
        assert_eq!(r[3], Ok(4));
        assert_eq!(
            literal,
            Err("internal error in newsmark (plain)".to_string())
        );
    }
}

//! The epoll backend: each operation is tried as a non-blocking syscall on the worker thread;
//! one that would block parks on its fd's readiness and is tried again when epoll reports it.
//!
//! Registration is edge-triggered, for reading and writing at once, the first time an
//! operation on an fd would block, and lasts until the fd is closed through the proactor. An
//! fd's readiness is cleared only when a syscall found it empty (or full): `EAGAIN`, or a
//! receive or send that fell short. An operation parks after such a syscall, or at once while
//! the readiness stays cleared; readiness is collected only in the tick's `epoll_wait`, so no
//! edge can be missed in between. File operations (open,
//! statx, read/write at an offset, fsync, splice from a file) are plain syscalls: fast for
//! files in the page cache, blocking for a slow disk.

use std::cell::{Cell, RefCell};
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::rc::Rc;
use std::task::Waker;

use super::{DriverCounters, Wait};
use crate::error::{SetupError, SetupStep};
use crate::executor::wakes::{Waiter, Wakes};
use crate::features::{Backend, Features};
use crate::sys::{self, syscall};

/// Which readiness an operation waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interest {
    /// Readable (or hung up).
    Read,
    /// Writable (or hung up).
    Write,
}

/// Where an operation is parked: enough to find it again (to unpark it when dropped) and
/// to tell whether `cancel_all` ran meanwhile.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parked {
    pub(crate) fd: RawFd,
    /// Unique; its lowest bit says the interest ([`token_interest`]).
    pub(crate) token: u64,
    pub(crate) epoch: u32,
}

/// The eventfd's key in epoll; fds use `generation << 32 | fd`.
const WAKE_KEY: u64 = u64::MAX;
const EVENTS: usize = 1024;

/// Readiness bits of an fd. The two `CLOSED` bits are sticky: once the peer has shut down
/// (`EPOLLRDHUP`) or the socket failed (`EPOLLHUP`, `EPOLLERR`), every attempt goes to the
/// syscall, which reports end of stream or the error. Without them a short read that leaves
/// only the FIN behind would clear readiness, and the FIN's edge, already reported, would
/// never come again.
const READABLE: u8 = 1;
const WRITABLE: u8 = 2;
const READ_CLOSED: u8 = 4;
const WRITE_CLOSED: u8 = 8;
/// TCP urgent data came (`EPOLLPRI`): Linux stops a read at the urgent mark, so a short read
/// no longer means the socket is empty, and the data behind the mark, already here, brings
/// no new edge. Until a read finds nothing (it parks), a short read keeps the socket readable.
const URGENT: u8 = 16;

fn bit(interest: Interest) -> u8 {
    match interest {
        Interest::Read => READABLE,
        Interest::Write => WRITABLE,
    }
}

#[derive(Default)]
struct FdSlot {
    /// Bumped when the fd is forgotten, so that events of an old fd with the same number
    /// are recognised and dropped.
    generation: u32,
    registered: bool,
    /// Readiness reported by epoll and not yet used up: set by events in `turn`, cleared when
    /// a syscall returns `EAGAIN` or falls short. Events arrive only in `turn`, so clearing
    /// after a syscall can never hide a newer edge.
    ready: u8,
    /// Bumped by `cancel_all`: an operation parked under an older epoch was cancelled.
    epoch: u32,
    /// Parked operations, readers and writers, each with its park token (whose lowest bit
    /// says which it waits for: [`token_interest`]); a task's waiter is its id, so parking
    /// and waking make no waker vtable call. One list, not one for each interest: the table
    /// holds a slot for every fd number in use, 40 bytes each rather than 64.
    waiters: Vec<(u64, Waiter)>,
}

// An fd's slot stays within 40 bytes.
const _: () = assert!(std::mem::size_of::<FdSlot>() <= 40);

/// The lowest bit of a park token: set for an operation waiting to write.
const WRITE_TOKEN: u64 = 1;

/// What the operation parked under `token` waits for.
fn token_interest(token: u64) -> Interest {
    if token & WRITE_TOKEN == 0 {
        Interest::Read
    } else {
        Interest::Write
    }
}

/// Descriptor numbers closed where one epoll driver was not told (outside `block_on`, while
/// the driver was borrowed, or through another proactor): the driver forgets their
/// registrations before it next registers one, else a new descriptor of such a number would
/// find its slot registered and its waits would never wake. A set of numbers (one bit each):
/// a driver that parks nothing for a while holds at most a bit per number, however many
/// closes it is told of.
#[derive(Debug, Default)]
pub(crate) struct CloseNotes {
    /// `fds` holds a note: what a park looks at (a plain load, where the set would cost a
    /// borrow on every park).
    noted: Cell<bool>,
    /// Bit `fd % 64` of word `fd / 64`.
    fds: RefCell<Vec<u64>>,
}

impl CloseNotes {
    fn add(&self, fd: RawFd) {
        let Ok(fd) = usize::try_from(fd) else { return };
        let mut words = self.fds.borrow_mut();
        if words.len() <= fd / 64 {
            words.resize(fd / 64 + 1, 0);
        }
        words[fd / 64] |= 1 << (fd % 64);
        self.noted.set(true);
    }

    /// Hands every noted number to `f`, lowest first, and clears them. The set's room is
    /// kept: nothing is allocated per read.
    fn take(&self, mut f: impl FnMut(RawFd)) {
        self.noted.set(false);
        // Out of the cell while `f` runs: a close `f` causes may note again.
        let mut words = std::mem::take(&mut *self.fds.borrow_mut());
        for (i, word) in words.iter_mut().enumerate() {
            while *word != 0 {
                let bit = word.trailing_zeros() as usize;
                *word &= *word - 1;
                f(RawFd::try_from(i * 64 + bit).unwrap_or(RawFd::MAX));
            }
        }
        let mut fds = self.fds.borrow_mut();
        if fds.is_empty() {
            *fds = words;
        } else {
            // Noted meanwhile: keep those notes (and their flag).
            for (kept, noted) in fds.iter_mut().zip(&words) {
                *kept |= noted;
            }
        }
    }
}

thread_local! {
    /// The close notes of every epoll driver alive on this thread (nearly always one or none).
    static NOTES: RefCell<Vec<Rc<CloseNotes>>> = const { RefCell::new(Vec::new()) };
    /// How many there are: read first on every close, a plain load (no destructor, so no
    /// lazy-initialisation check), so that a thread with no other epoll driver to tell (an
    /// io_uring worker, or one epoll driver that closed the descriptor itself) does no more.
    static EPOLL_DRIVERS: Cell<usize> = const { Cell::new(0) };
}

/// Notes that `fd` was closed, for every epoll driver on this thread but the one whose notes
/// are `told` (the driver that closed it, which forgot it itself). Nothing once the thread's
/// locals are gone (a descriptor dropped by another thread-local's destructor): no driver is
/// left to read the note.
pub(crate) fn note_closed(fd: RawFd, told: Option<&Rc<CloseNotes>>) {
    let others = EPOLL_DRIVERS.with(Cell::get) - usize::from(told.is_some());
    if others == 0 {
        return;
    }
    let _ = NOTES.try_with(|all| {
        for notes in all.borrow().iter() {
            if told.is_none_or(|t| !Rc::ptr_eq(t, notes)) {
                notes.add(fd);
            }
        }
    });
}

/// epoll set, per-fd waiters, and the wake eventfd.
pub(crate) struct EpollDriver {
    epfd: OwnedFd,
    /// Indexed by fd number (fds are small and dense).
    fds: Vec<FdSlot>,
    events: Vec<libc::epoll_event>,
    wake_fd: RawFd,
    remote_fired: bool,
    parked: usize,
    next_token: u64,
    /// Closes this driver was not told of (see [`CloseNotes`]).
    notes: Rc<CloseNotes>,
    pub(crate) counters: DriverCounters,
    /// Set by `shutdown`: nothing parks any more (`ECANCELED`), as nobody would wake it.
    closed: bool,
}

impl std::fmt::Debug for EpollDriver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EpollDriver")
            .field("epfd", &self.epfd.as_raw_fd())
            .field("parked", &self.parked)
            .field("counters", &self.counters)
            .finish()
    }
}

/// Moves the waiters of `list` parked for `interest` (every one for `None`) into `wake`, in
/// the order they parked; returns how many.
#[inline(always)]
fn wake_waiters(
    list: &mut Vec<(u64, Waiter)>,
    interest: Option<Interest>,
    wake: &mut Wakes,
) -> usize {
    let before = list.len();
    // Most events find the list empty, or holding only what they are for (a socket's one
    // reader, on a socket whose sends never blocked).
    if before == 0 {
        return 0;
    }
    if interest.is_none_or(|i| list.iter().all(|(t, _)| token_interest(*t) == i)) {
        for (_, waiter) in list.drain(..) {
            wake.push_waiter(waiter);
        }
        return before;
    }
    list.retain_mut(|(token, waiter)| {
        if Some(token_interest(*token)) == interest {
            wake.push_waiter(std::mem::take(waiter));
            false
        } else {
            true
        }
    });
    before - list.len()
}

fn ctl(epfd: RawFd, op: i32, fd: RawFd, events: u32, key: u64) -> io::Result<()> {
    let mut ev = libc::epoll_event { events, u64: key };
    // epoll_ctl reads one epoll_event from a live local.
    syscall!(epoll_ctl(epfd, op, fd, &raw mut ev)).map(drop)
}

impl EpollDriver {
    /// Creates the epoll set and registers the wake eventfd.
    pub(crate) fn new(
        wake_fd: RawFd,
        reason: Option<String>,
    ) -> Result<(EpollDriver, Features), SetupError> {
        let epfd = syscall!(epoll_create1(libc::EPOLL_CLOEXEC))
            .map_err(|e| SetupError::new(SetupStep::EpollCreate, e))?;
        // SAFETY: epoll_create1 returned a new descriptor nobody else owns.
        let epfd = unsafe { sys::adopt_fd(epfd) };
        ctl(
            epfd.as_raw_fd(),
            libc::EPOLL_CTL_ADD,
            wake_fd,
            libc::EPOLLIN as u32,
            WAKE_KEY,
        )
        .map_err(|e| SetupError::new(SetupStep::EpollCreate, e))?;
        let mut features = Features::new(Backend::Epoll);
        features.fallback_reason = reason;
        let driver = EpollDriver {
            epfd,
            fds: Vec::new(),
            events: vec![libc::epoll_event { events: 0, u64: 0 }; EVENTS],
            wake_fd,
            remote_fired: false,
            parked: 0,
            next_token: 0,
            notes: Rc::default(),
            counters: DriverCounters::default(),
            closed: false,
        };
        NOTES.with(|all| all.borrow_mut().push(driver.notes.clone()));
        EPOLL_DRIVERS.with(|n| n.set(n.get() + 1));
        Ok((driver, features))
    }

    /// Forgets the registrations of descriptor numbers closed where this driver was not told.
    fn forget_closed_elsewhere(&mut self) {
        let notes = self.notes.clone();
        notes.take(|fd| self.forget_fd(fd));
    }

    fn slot(&mut self, fd: RawFd) -> &mut FdSlot {
        let i = fd as usize;
        if i >= self.fds.len() {
            self.fds.resize_with(i + 1, FdSlot::default);
        }
        &mut self.fds[i]
    }

    /// Parks `waker` until `fd` is ready for `interest`, registering `fd` on first use.
    /// Returns a token to unpark with, and the fd's cancel epoch at parking time.
    ///
    /// # Errors
    ///
    /// The error of `epoll_ctl` (`EPERM` for a regular file, which never blocks).
    pub(crate) fn park(
        &mut self,
        fd: RawFd,
        interest: Interest,
        waker: &Waker,
    ) -> io::Result<Parked> {
        if self.closed {
            return Err(io::Error::from_raw_os_error(libc::ECANCELED));
        }
        // Counts in steps of two: the lowest bit says the interest.
        let token = self.next_token
            | match interest {
                Interest::Read => 0,
                Interest::Write => WRITE_TOKEN,
            };
        self.next_token += 2;
        let epfd = self.epfd.as_raw_fd();
        // Before a registration is trusted: one left by a number closed elsewhere is stale.
        if self.notes.noted.get() {
            self.forget_closed_elsewhere();
        }
        let slot = self.slot(fd);
        if !slot.registered {
            let events = (libc::EPOLLIN
                | libc::EPOLLPRI
                | libc::EPOLLOUT
                | libc::EPOLLRDHUP
                | libc::EPOLLET) as u32;
            let key = (u64::from(slot.generation) << 32) | fd as u32 as u64;
            ctl(epfd, libc::EPOLL_CTL_ADD, fd, events, key)?;
            slot.registered = true;
        }
        // Parking means the syscall just found nothing: the readiness is used up (for a
        // read, urgent data's too).
        slot.ready &= !bit(interest);
        if interest == Interest::Read {
            slot.ready &= !URGENT;
        }
        let list = &mut slot.waiters;
        // Room for what is parked, one at a time up to two: a socket has one reader and at most
        // one writer parked, nearly always, and the list keeps its room for the socket's life
        // (4 entries, 128 bytes, at a first push otherwise).
        if list.len() == list.capacity() && list.capacity() < 2 {
            list.reserve_exact(1);
        }
        list.push((token, Waiter::of(waker)));
        let epoch = slot.epoch;
        self.parked += 1;
        Ok(Parked { fd, token, epoch })
    }

    /// Withdraws a parked operation that is dropped before its fd became ready.
    pub(crate) fn unpark(&mut self, parked: &Parked) {
        let Some(slot) = self.fds.get_mut(parked.fd as usize) else {
            return;
        };
        let list = &mut slot.waiters;
        if let Some(i) = list.iter().position(|(t, _)| *t == parked.token) {
            // In order: those left are woken in the order they parked.
            list.remove(i);
            self.parked -= 1;
        }
    }

    /// Whether an operation for `interest` on `fd` should try its syscall: always for an fd
    /// epoll does not watch yet, else only when epoll reported it ready.
    pub(crate) fn is_ready(&self, fd: RawFd, interest: Interest) -> bool {
        let mask = match interest {
            Interest::Read => READABLE | READ_CLOSED,
            Interest::Write => WRITABLE | WRITE_CLOSED,
        };
        self.fds
            .get(fd as usize)
            .is_none_or(|s| !s.registered || s.ready & mask != 0)
    }

    /// The last syscall for `interest` on `fd` drained what was ready (it fell short). A
    /// read that fell short after urgent data came may have stopped at its mark: the socket
    /// stays readable then, until a read finds nothing ([`EpollDriver::found_empty`]).
    pub(crate) fn clear_ready(&mut self, fd: RawFd, interest: Interest) {
        if let Some(slot) = self.fds.get_mut(fd as usize)
            && (interest == Interest::Write || slot.ready & URGENT == 0)
        {
            slot.ready &= !bit(interest);
        }
    }

    /// The last syscall for `interest` on `fd` would block: nothing is ready, urgent data or
    /// not.
    pub(crate) fn found_empty(&mut self, fd: RawFd, interest: Interest) {
        if let Some(slot) = self.fds.get_mut(fd as usize) {
            slot.ready &= !bit(interest);
            if interest == Interest::Read {
                slot.ready &= !URGENT;
            }
        }
    }

    /// Whether the proactor has been dropped ([`EpollDriver::shutdown`]).
    pub(crate) fn is_closed(&self) -> bool {
        self.closed
    }

    /// The fd's cancel epoch now.
    pub(crate) fn epoch(&self, fd: RawFd) -> u32 {
        self.fds.get(fd as usize).map_or(0, |s| s.epoch)
    }

    /// Cancels every operation parked on `fd`: bumps its epoch and wakes them. Returns how
    /// many were parked.
    pub(crate) fn cancel_fd(&mut self, fd: RawFd, wake: &mut Wakes) -> usize {
        let slot = self.slot(fd);
        slot.epoch = slot.epoch.wrapping_add(1);
        let n = wake_waiters(&mut slot.waiters, None, wake);
        self.parked -= n;
        n
    }

    /// Forgets `fd` before it is closed: deregisters it and drops its waiters.
    pub(crate) fn forget_fd(&mut self, fd: RawFd) {
        let epfd = self.epfd.as_raw_fd();
        let Some(slot) = self.fds.get_mut(fd as usize) else {
            return;
        };
        if slot.registered {
            // Closing would deregister too, unless the file lives on in a dup'd fd.
            let _ = ctl(epfd, libc::EPOLL_CTL_DEL, fd, 0, 0);
        }
        let parked = slot.waiters.len();
        *slot = FdSlot {
            generation: slot.generation.wrapping_add(1),
            ..FdSlot::default()
        };
        self.parked -= parked;
    }

    /// Forgets and closes `fd`.
    ///
    /// # Safety
    ///
    /// As [`sys::close_raw`].
    pub(crate) unsafe fn close_fd(&mut self, fd: RawFd) {
        self.forget_fd(fd);
        // SAFETY: forwarded from this function's contract.
        unsafe { sys::close_raw(fd) };
    }

    /// Its close notes, to be left out when others are told of a close it made.
    pub(crate) fn close_notes(&self) -> &Rc<CloseNotes> {
        &self.notes
    }

    /// Operations parked now.
    pub(crate) fn in_flight(&self) -> usize {
        self.parked
    }

    /// Whether the wake eventfd fired since the last call.
    pub(crate) fn take_remote_fired(&mut self) -> bool {
        std::mem::take(&mut self.remote_fired)
    }

    /// One tick's wait: `epoll_wait` for at most `wait`, then wake the waiters of every ready
    /// fd into `wake`.
    pub(crate) fn turn(&mut self, wait: Wait, wake: &mut Wakes) -> io::Result<()> {
        let timeout = match wait {
            // Wakes already due: their tasks run after this turn, which must not block.
            _ if !wake.is_empty() => 0,
            Wait::Poll => 0,
            // Rounded up: waking a little late is fine, spinning on a 0 ms wait is not.
            Wait::Until(d) => i32::try_from(d.as_nanos().div_ceil(1_000_000)).unwrap_or(i32::MAX),
            Wait::Forever => -1,
        };
        let cap = self.events.len() as i32;
        // SAFETY: epoll_wait writes at most `cap` events into the buffer, which has that many.
        let n = match unsafe {
            crate::sys::epoll_wait(
                self.epfd.as_raw_fd(),
                self.events.as_mut_ptr(),
                cap,
                timeout,
            )
        } {
            Ok(n) => n,
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => 0,
            Err(e) => return Err(e),
        };
        self.counters.enters += 1;
        for i in 0..n {
            let libc::epoll_event { events, u64: key } = self.events[i];
            if key == WAKE_KEY {
                let mut counter = 0u64;
                // Drains the eventfd: read(2) of 8 bytes into a live u64. EAGAIN (already
                // drained) is fine.
                let _ = syscall!(read(self.wake_fd, (&raw mut counter).cast(), 8));
                self.remote_fired = true;
                continue;
            }
            let (fd, generation) = (key as u32 as usize, (key >> 32) as u32);
            let Some(slot) = self.fds.get_mut(fd) else {
                continue;
            };
            if slot.generation != generation || !slot.registered {
                self.counters.stale_completions += 1;
                continue;
            }
            let hangup = (libc::EPOLLHUP | libc::EPOLLERR) as u32;
            let readable = (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLRDHUP) as u32 | hangup;
            if events & libc::EPOLLPRI as u32 != 0 {
                slot.ready |= URGENT;
            }
            let writable = libc::EPOLLOUT as u32 | hangup;
            if events & (libc::EPOLLRDHUP as u32 | hangup) != 0 {
                slot.ready |= READ_CLOSED;
            }
            if events & hangup != 0 {
                slot.ready |= WRITE_CLOSED;
            }
            let interest = match (events & readable != 0, events & writable != 0) {
                (false, false) => continue,
                (true, false) => Some(Interest::Read),
                (false, true) => Some(Interest::Write),
                (true, true) => None,
            };
            if interest != Some(Interest::Write) {
                slot.ready |= READABLE;
            }
            if interest != Some(Interest::Read) {
                slot.ready |= WRITABLE;
            }
            self.parked -= wake_waiters(&mut slot.waiters, interest, wake);
        }
        Ok(())
    }

    /// Nothing is in the kernel's hands on epoll: the waiters are woken into `wake` (one may
    /// be a task of another proactor on this thread, awaiting an operation of this one: its
    /// next poll fails with `ECANCELED`), and forgotten.
    pub(crate) fn shutdown(&mut self, wake: &mut Wakes) {
        for slot in &mut self.fds {
            wake_waiters(&mut slot.waiters, None, wake);
        }
        self.fds.clear();
        self.parked = 0;
        self.closed = true;
    }
}

impl Drop for EpollDriver {
    fn drop(&mut self) {
        // Nobody reads this driver's notes any more.
        EPOLL_DRIVERS.with(|n| n.set(n.get() - 1));
        let _ = NOTES.try_with(|all| all.borrow_mut().retain(|n| !Rc::ptr_eq(n, &self.notes)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::os::unix::net::UnixStream;
    use std::task::Waker;

    #[test]
    fn close_notes_hold_each_number_once_and_give_them_lowest_first() {
        let notes = CloseNotes::default();
        assert!(!notes.noted.get());
        for fd in [70, 3, 70, 64, 3, 1000, -1] {
            notes.add(fd);
        }
        assert!(notes.noted.get());
        // However often a number is noted, it takes one bit: a driver that parks nothing for a
        // while holds a bit per number, not an entry per close.
        assert_eq!(notes.fds.borrow().len(), 1000 / 64 + 1);
        let taken = |notes: &CloseNotes| {
            let mut fds = Vec::new();
            notes.take(|fd| fds.push(fd));
            fds
        };
        assert_eq!(taken(&notes), [3, 64, 70, 1000]);
        assert!(!notes.noted.get());
        assert_eq!(taken(&notes), Vec::<RawFd>::new());
        // A close noted while the notes are read is kept for the next read.
        notes.add(5);
        notes.take(|_| notes.add(9));
        assert!(notes.noted.get());
        assert_eq!(taken(&notes), [9]);
    }

    #[test]
    fn a_socket_s_waiter_list_grows_an_entry_at_a_time_and_keeps_parking_order() {
        let (wake, _wake_peer) = UnixStream::pair().unwrap();
        let (sock, _peer) = UnixStream::pair().unwrap();
        let (mut driver, _) = EpollDriver::new(wake.as_raw_fd(), None).unwrap();
        let fd = sock.as_raw_fd();
        let first = driver.park(fd, Interest::Read, Waker::noop()).unwrap();
        // One parked reader costs one entry, not the four a first push would reserve, and a
        // writer beside it one more.
        assert_eq!(driver.fds[fd as usize].waiters.capacity(), 1);
        let writer = driver.park(fd, Interest::Write, Waker::noop()).unwrap();
        assert_eq!(driver.fds[fd as usize].waiters.capacity(), 2);
        let second = driver.park(fd, Interest::Read, Waker::noop()).unwrap();
        assert_eq!(driver.fds[fd as usize].waiters.len(), 3);
        assert_eq!(driver.in_flight(), 3);
        driver.unpark(&first);
        let left: Vec<u64> = driver.fds[fd as usize]
            .waiters
            .iter()
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(left, [writer.token, second.token]);
        assert_eq!(driver.in_flight(), 2);
    }

    #[test]
    fn readiness_wakes_the_waiters_of_its_interest_alone() {
        let (wake, _wake_peer) = UnixStream::pair().unwrap();
        let (sock, mut peer) = UnixStream::pair().unwrap();
        sock.set_nonblocking(true).unwrap();
        let (mut driver, _) = EpollDriver::new(wake.as_raw_fd(), None).unwrap();
        let fd = sock.as_raw_fd();
        // Fill the socket's send buffer, so that it is not writable.
        let chunk = [0u8; 65536];
        while (&sock).write(&chunk).is_ok() {}
        let (reads, read_waker) = percore_testkit::counting_waker();
        let (writes, write_waker) = percore_testkit::counting_waker();
        let reader = driver.park(fd, Interest::Read, &read_waker).unwrap();
        driver.park(fd, Interest::Write, &write_waker).unwrap();
        let mut woken = Wakes::default();
        // Registration reports the state at once: neither readable nor writable yet.
        driver.turn(Wait::Poll, &mut woken).unwrap();
        assert!(woken.is_empty());
        peer.write_all(b"x").unwrap();
        driver.turn(Wait::Poll, &mut woken).unwrap();
        assert_eq!(woken.others.len(), 1, "the reader alone is woken");
        for w in woken.others.drain(..) {
            w.wake();
        }
        assert_eq!((reads.get(), writes.get()), (1, 0));
        assert_eq!(driver.in_flight(), 1);
        // Withdrawing the woken reader (its operation dropped after the wake) withdraws
        // nothing: the count stays, the writer stays parked.
        driver.unpark(&reader);
        assert_eq!(driver.in_flight(), 1);
        // The byte read, a reader parks again; then the peer reads: the socket turns writable
        // alone, and the writer is woken, the reader left parked.
        let mut byte = [0u8; 1];
        assert_eq!((&sock).read(&mut byte).unwrap(), 1);
        assert!((&sock).read(&mut byte).is_err(), "nothing more to read");
        let (rereads, reread_waker) = percore_testkit::counting_waker();
        driver.park(fd, Interest::Read, &reread_waker).unwrap();
        let mut sink = vec![0u8; 1 << 20];
        peer.set_nonblocking(true).unwrap();
        while matches!(peer.read(&mut sink), Ok(n) if n > 0) {}
        driver.turn(Wait::Poll, &mut woken).unwrap();
        assert_eq!(woken.others.len(), 1, "the writer alone is woken");
        for w in woken.others.drain(..) {
            w.wake();
        }
        assert_eq!((reads.get(), writes.get(), rereads.get()), (1, 1, 0));
        assert_eq!(driver.in_flight(), 1, "the reader is still parked");
    }
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findExecutable } from '@vigil/backplane';

// bpftrace's tracepoint perf events, made silent once its programs are attached.
//
// Why: bpftrace attaches each tracepoint program through a perf event of the tracepoint (one, on
// CPU 0), and since 0.13 every such program returns 1 (bpftrace PR #1857: "Returning 0 from a
// tracepoint prog causes the perf subsystem to ignore the tracepoint event"). The kernel then
// hands every hit, after the program ran, to the perf events on that CPU's list as a sample
// (perf_trace_run_bpf_submit in kernel/events/core.c, perf_syscall_enter/exit in
// kernel/trace/trace_syscalls.c): perf_tp_event, perf_swevent_event, an overflow with no ring
// buffer to write to. bpftrace reads nothing from those events. A disabled event leaves the list,
// and the kernel then stops after the program (`hlist_empty(head)`), while the program stays
// attached and runs as before: it is detached only when the event is closed.
//
// Measured on this project's 2-vCPU VM, the bench workload (a shell loop of execs and opens) under
// `perf record -e cpu-clock`: perf_swevent_event, perf_tp_event and perf_tp_event_match were 0.9 %
// of the workload's samples with the sensor on, 10 times the sensor's BPF programs themselves
// (0.3 %); whole sensor lifetimes in random order (bench/sensor/lifetimes.py, ROUNDS=8 K=3, the
// disabling done by a C program for that first measurement): +4.7 % wall with the events left
// enabled, +2.8 % disabled. bench/RESULTS.md has the figures.
//
// Node has no system calls for this, so a short Perl program does it (perl-base is Essential in
// Debian): pidfd_open and pidfd_getfd (Linux 5.6) take a duplicate of each of bpftrace's file
// descriptors that BPF_TASK_FD_QUERY says is a tracepoint perf event, then PERF_EVENT_IOC_DISABLE
// (or, for tests, a read of its count).

/** x86_64 and aarch64 numbers; pidfd_open (434) and pidfd_getfd (438) are the same everywhere. */
const PERL_PROGRAM = String.raw`
use strict; use warnings; use POSIX ();
my ($mode, $pid) = @ARGV;
defined $pid && $pid =~ /^\d+$/ or die "usage: disable|count PID\n";
my %nr = (x86_64 => [321, 16, 0], aarch64 => [280, 29, 63]);
my $machine = (POSIX::uname())[4];
my $n = $nr{$machine} or die "no system call numbers for $machine\n";
my ($bpf, $ioctl, $read) = @$n;
my $pidfd = syscall(434, $pid + 0, 0);
$pidfd >= 0 or die "pidfd_open($pid): $!\n";
opendir(my $dir, "/proc/$pid/fd") or die "/proc/$pid/fd: $!\n";
my ($events, $disabled) = (0, 0);
for my $fd (sort { $a <=> $b } grep { /^\d+$/ } readdir $dir) {
  # union bpf_attr, task_fd_query: pid, fd, flags, buf_len, buf, prog_id, fd_type, probe_offset, probe_addr.
  my $attr = pack('LLLLQLLQQ', $pid, $fd, 0, 0, 0, 0, 0, 0, 0);
  next if syscall($bpf, 20, $attr, length $attr) != 0;   # BPF_TASK_FD_QUERY
  next if (unpack('LLLLQLL', $attr))[6] != 1;             # BPF_FD_TYPE_TRACEPOINT
  $events++;
  my $own = syscall(438, $pidfd, $fd + 0, 0);
  $own >= 0 or die "pidfd_getfd($pid, $fd): $!\n";
  if ($mode eq 'disable') {
    syscall($ioctl, $own, 0x2401, 0) == 0 or die "PERF_EVENT_IOC_DISABLE on fd $fd: $!\n";
    $disabled++;
  } else {
    my $count = "\0" x 8;
    syscall($read, $own, $count, 8) == 8 or die "read of fd $fd: $!\n";
    print "count $fd ", unpack('Q', $count), "\n";
  }
  POSIX::close($own);
}
print "events $events disabled $disabled\n";
`;

const execFileAsync = promisify(execFile);

/** What disableTracepointSampling did. */
export interface SamplingResult {
  /** bpftrace's tracepoint perf events found. */
  events: number;
  /** Of those, disabled now. */
  disabled: number;
}

async function runPerl(mode: 'disable' | 'count', pid: number): Promise<string> {
  const perl = findExecutable('perl');
  if (!perl) throw new Error('perl is not installed (apt-get install perl-base)');
  try {
    // An empty environment: PERL5OPT, PERL5LIB and the like must not reach a program run as root.
    const { stdout } = await execFileAsync(perl, ['-e', PERL_PROGRAM, mode, String(pid)], {
      timeout: 10_000,
      env: {},
    });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${e.stderr?.trim() || e.message}`);
  }
}

/**
 * Disables the tracepoint perf events of process `pid` (bpftrace, after its programs attached):
 * the programs keep running; the kernel no longer also hands each hit to perf as a sample.
 */
export async function disableTracepointSampling(pid: number): Promise<SamplingResult> {
  const out = await runPerl('disable', pid);
  const m = /^events (\d+) disabled (\d+)$/m.exec(out);
  if (!m) throw new Error(`unexpected output: ${out.trim().slice(0, 200)}`);
  return { events: Number(m[1]), disabled: Number(m[2]) };
}

/**
 * The count of each tracepoint perf event of process `pid`, by its file descriptor: how many hits
 * the kernel handed to perf. A disabled event's count stays where it was.
 */
export async function tracepointEventCounts(pid: number): Promise<Map<number, bigint>> {
  const out = await runPerl('count', pid);
  const counts = new Map<number, bigint>();
  for (const m of out.matchAll(/^count (\d+) (\d+)$/gm))
    counts.set(Number(m[1]), BigInt(m[2] as string));
  return counts;
}

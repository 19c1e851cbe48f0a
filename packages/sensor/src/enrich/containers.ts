/** A container recognised from a cgroup path. */
export interface ContainerRef {
  /** Full container id (64 hex characters). */
  id: string;
  /** docker, containerd, cri-o, podman, or kubepods (an orchestrated container whose runtime the path does not name). */
  runtime: string;
}

// Cgroup path patterns of the common runtimes (cgroupfs and systemd drivers alike):
//   docker:     /docker/<id>                         /system.slice/docker-<id>.scope
//   containerd: /kubepods/.../<id> (cgroupfs)        cri-containerd-<id>.scope
//   cri-o:      crio-<id>.scope                      /crio/<id>
//   podman:     libpod-<id>.scope                    /libpod_parent/libpod-<id>
const PATTERNS: Array<[RegExp, string]> = [
  [/(?:^|\/)docker-([0-9a-f]{64})\.scope(?:\/|$)/, 'docker'],
  [/(?:^|\/)docker\/([0-9a-f]{64})(?:\/|$)/, 'docker'],
  [/(?:^|\/)cri-containerd-([0-9a-f]{64})\.scope(?:\/|$)/, 'containerd'],
  [/(?:^|\/)crio-(?:conmon-)?([0-9a-f]{64})\.scope(?:\/|$)/, 'cri-o'],
  [/(?:^|\/)crio\/([0-9a-f]{64})(?:\/|$)/, 'cri-o'],
  [/(?:^|\/)libpod-(?:conmon-)?([0-9a-f]{64})(?:\.scope)?(?:\/|$)/, 'podman'],
  [/(?:^|\/)kubepods[^/]*(?:\/[^/]+)*?\/([0-9a-f]{64})(?:\/|$)/, 'kubepods'],
];

/** The container a cgroup path belongs to, or undefined for the host. */
export function containerFromCgroup(path: string): ContainerRef | undefined {
  for (const [re, runtime] of PATTERNS) {
    const m = re.exec(path);
    if (m) return { id: m[1] as string, runtime };
  }
  return undefined;
}

import { v1 } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';
import { containerFromCgroup } from './containers.js';
import type { ContainerRef } from './containers.js';

type Emit = (event: vigil.v1.IEvent, kind: EventKind, monoNs: number) => void;

interface Known {
  ref: ContainerRef;
  cgroup: string;
  running: boolean;
}

/**
 * The container table: containers recognised from cgroup paths (cgroup_mkdir/rmdir events and
 * the cgroups of processes), with their lifecycle events: created when the cgroup appears,
 * running when a process is first seen in it, destroyed when the cgroup goes.
 */
export class ContainerTracker {
  readonly #known = new Map<string, Known>();

  /** The event form of a container; undefined on the host. */
  describe(ref: ContainerRef | undefined): vigil.v1.IContainer | undefined {
    if (!ref) return undefined;
    const k = this.#known.get(ref.id);
    return { id: ref.id, runtime: ref.runtime, cgroup: k?.cgroup ?? '' };
  }

  /** A process was seen in `ref`: the first one makes the container running. */
  seen(ref: ContainerRef | undefined, monoNs: number, emit: Emit): vigil.v1.IContainer | undefined {
    if (!ref) return undefined;
    let k = this.#known.get(ref.id);
    if (!k) {
      k = { ref, cgroup: '', running: false };
      this.#known.set(ref.id, k);
    }
    if (!k.running) {
      k.running = true;
      emit(
        {
          container: this.describe(ref),
          containerLifecycle: { state: v1.ContainerState.CONTAINER_STATE_RUNNING },
        },
        'containerLifecycle',
        monoNs,
      );
    }
    return this.describe(ref);
  }

  /** A cgroup was created; a container-like path makes a container. */
  cgroupCreated(path: string, monoNs: number, emit: Emit): void {
    const ref = containerFromCgroup(path);
    if (!ref) return;
    const k = this.#known.get(ref.id);
    if (k) {
      // One container has a cgroup per v1 hierarchy: report it once.
      return;
    }
    this.#known.set(ref.id, { ref, cgroup: path, running: false });
    emit(
      {
        container: this.describe(ref),
        containerLifecycle: { state: v1.ContainerState.CONTAINER_STATE_CREATED },
      },
      'containerLifecycle',
      monoNs,
    );
  }

  /** A cgroup was removed; the container's goes with it. */
  cgroupRemoved(path: string, monoNs: number, emit: Emit): void {
    const ref = containerFromCgroup(path);
    if (!ref || !this.#known.has(ref.id)) return;
    const container = this.describe(ref);
    this.#known.delete(ref.id);
    emit(
      { container, containerLifecycle: { state: v1.ContainerState.CONTAINER_STATE_DESTROYED } },
      'containerLifecycle',
      monoNs,
    );
  }
}

// deploy/k8s validated offline: every object of the kustomization against the Kubernetes API's
// schemas (kubernetes-models: the OpenAPI schemas of the API as JSON Schema), rendered by
// `kubectl kustomize` where kubectl is installed; and the privileges promised: the sensor with
// the host's PIDs and exactly the capabilities it uses, everything else non-root with none.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findExecutable } from '@vigil/backplane';
import { parseAllDocuments } from 'yaml';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { repo } from './host-check.js';

const dir = join(repo, 'deploy', 'k8s');
type Doc = { kind: string; metadata: { name: string }; [k: string]: unknown };
const MODELS: Record<string, new (d: never) => { validate(): void }> = {
  Namespace,
  Service,
  ConfigMap,
  PersistentVolumeClaim,
  Deployment,
  StatefulSet,
  DaemonSet,
};

function validate(doc: Doc): void {
  const Model = MODELS[doc.kind];
  assert.ok(Model, `no schema for kind ${doc.kind}`);
  new Model(doc as never).validate();
}

/** The objects: kubectl kustomize's rendering, or the files the kustomization lists. */
function objects(): Doc[] {
  const kubectl = findExecutable('kubectl');
  let text: string;
  if (kubectl) {
    const r = spawnSync(kubectl, ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', dir], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    text = r.stdout;
  } else {
    const k = parseAllDocuments(
      readFileSync(join(dir, 'kustomization.yaml'), 'utf8'),
    )[0]!.toJS() as { resources: string[] };
    text = k.resources.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n---\n');
  }
  return parseAllDocuments(text)
    .map((d) => d.toJS() as Doc)
    .filter(Boolean);
}

test('deploy/k8s: every object follows the Kubernetes API schema', () => {
  const docs = objects();
  const kinds = docs.map((d) => `${d.kind}/${d.metadata.name}`);
  for (const want of [
    'DaemonSet/vigil-node',
    'StatefulSet/vigil-hub',
    'Deployment/vigil-api',
    'Deployment/vigil-connector-splunk',
    'Service/vigil-hub',
  ])
    assert.ok(kinds.includes(want), `${want} in ${kinds.join(', ')}`);
  for (const d of docs) assert.doesNotThrow(() => validate(d), `${d.kind}/${d.metadata.name}`);
  // The validator does refuse what the API would (a test that could not fail proves nothing).
  const broken = structuredClone(docs.find((d) => d.kind === 'StatefulSet')!) as Doc & {
    spec: { replicas: unknown };
  };
  broken.spec.replicas = 'three';
  assert.throws(() => validate(broken));
});

interface Container {
  name: string;
  securityContext?: {
    runAsUser?: number;
    runAsNonRoot?: boolean;
    privileged?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
  };
}

test('deploy/k8s: the sensor gets the host’s PIDs and its seven capabilities; nothing else is privileged', () => {
  const docs = objects();
  const node = docs.find((d) => d.kind === 'DaemonSet') as unknown as {
    spec: {
      template: {
        spec: {
          hostPID: boolean;
          hostNetwork?: boolean;
          containers: Container[];
          initContainers: Container[];
        };
      };
    };
  };
  const pod = node.spec.template.spec;
  assert.equal(pod.hostPID, true);
  assert.notEqual(pod.hostNetwork, true);
  for (const c of [...pod.containers, ...pod.initContainers]) {
    const sc = c.securityContext ?? {};
    assert.notEqual(sc.privileged, true, `${c.name} is not privileged`);
    assert.equal(sc.allowPrivilegeEscalation, false, c.name);
    assert.deepEqual(sc.capabilities?.drop, ['ALL'], `${c.name} drops every capability`);
    if (c.name === 'sensor')
      assert.deepEqual([...(sc.capabilities?.add ?? [])].sort(), [
        'BPF',
        'DAC_READ_SEARCH',
        'KILL',
        'PERFMON',
        'SYS_ADMIN',
        'SYS_PTRACE',
        'SYS_RESOURCE',
      ]);
    else if (c.name === 'data-owner') assert.deepEqual(sc.capabilities?.add, ['CHOWN', 'FOWNER']);
    else {
      assert.equal(sc.runAsNonRoot, true, `${c.name} runs as non-root`);
      assert.equal(sc.capabilities?.add, undefined, `${c.name} adds none`);
    }
  }
  const hub = docs.find((d) => d.kind === 'StatefulSet') as unknown as {
    spec: { replicas: number };
  };
  assert.equal(hub.spec.replicas, 3);
});

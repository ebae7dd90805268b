import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'chai';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { runNode, scratchDir, servedOpenApi } from '../../setup/served-openapi.js';

// A client app's submit → poll flow against the generated types: no casts, no `any`. It fails to compile when the
// document leaves a result untyped, the upload a string, or allows a submission with neither audio nor transcript.
const FLOW = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

type Analysis = components['schemas']['Analysis'];
type Upload = paths['/v1/analyses']['post']['requestBody']['content']['multipart/form-data'];

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000' });

function toForm(body: Upload): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof Blob) form.append(name, value, 'check-in.webm');
    else if (typeof value === 'string') form.append(name, value);
  }
  return form;
}

export async function logIn(email: string, password: string): Promise<string> {
  const { data, error } = await client.POST('/v1/auth/login', { body: { email, password } });
  if (error) throw new Error(error.error.code);
  const kind: 'bearer' = data.token_type;
  return \`\${kind} \${data.access_token}\`;
}

export async function submit(auth: string, recording: Blob, conversation?: string): Promise<string> {
  const { data, error } = await client.POST('/v1/analyses', {
    headers: { Authorization: auth, 'Idempotency-Key': 'check-in-2025-01-01' },
    body: { audio: recording, language: 'sw', ...(conversation ? { conversation_id: conversation } : {}) },
    bodySerializer: toForm,
  });
  if (error) throw new Error(\`\${error.error.code}: \${error.error.message}\`);
  const queued: 'queued' | 'processing' | 'completed' | 'failed' | 'canceled' = data.status;
  return \`\${data.id} \${queued}\`;
}

export async function submitText(auth: string): Promise<string | undefined> {
  const { data } = await client.POST('/v1/analyses', {
    headers: { Authorization: auth },
    body: { transcript: 'Niko sawa, just tired' },
    bodySerializer: toForm,
  });
  return data?.id;
}

export async function refused(auth: string): Promise<void> {
  // @ts-expect-error the upload is binary, not a string
  await client.POST('/v1/analyses', { headers: { Authorization: auth }, body: { audio: 'recording.webm' } });
  // @ts-expect-error neither audio nor transcript
  await client.POST('/v1/analyses', { headers: { Authorization: auth }, body: { language: 'en' } });
  // @ts-expect-error the language is one of auto, en, sw
  await client.POST('/v1/analyses', { headers: { Authorization: auth }, body: { transcript: 'hi', language: 'fr' } });
}

export async function poll(auth: string, id: string): Promise<Analysis> {
  for (;;) {
    const { data, error } = await client.GET('/v1/analyses/{id}', { params: { path: { id } }, headers: { Authorization: auth } });
    if (error) throw new Error(error.error.code);
    if (data.status !== 'queued' && data.status !== 'processing') return data;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export function summary(a: Analysis): string[] {
  const { transcription, acoustics, emotion, baseline, risk } = a.result;
  const text: string | null | undefined = transcription?.text;
  const provider: 'openai' | 'client' | 'none' | undefined = transcription?.provider;
  const words: string[] = (transcription?.segments ?? []).map((s) => \`\${s.start.toFixed(1)}-\${s.end.toFixed(1)} \${s.text}\`);
  const f0: number | null | undefined = acoustics?.f0_median_hz;
  const jitter: number | null | undefined = acoustics?.jitter_local_pct;
  const pauses: number | undefined = acoustics?.pause_count;
  const clipping: number | undefined = acoustics?.clipping_ratio;
  const usable: boolean | undefined = acoustics?.quality_ok;
  const reasons: string[] = acoustics?.quality_reasons ?? [];
  const mood: 'neutral' | 'happy' | 'sad' | 'angry' | 'fear' | 'surprise' | 'disgust' | undefined = emotion?.voice?.label;
  const sad: number | undefined = emotion?.text?.categories.sad;
  const dissonance: 'none' | 'low' | 'medium' | 'high' | undefined = emotion?.dissonance.level;
  const established: boolean = baseline?.status === 'established';
  const deviations: string[] = (baseline?.deviations ?? []).map((d) => \`\${d.feature} z=\${d.z.toFixed(1)} \${d.direction}\`);
  const level: 'low' | 'medium' | 'high' | 'critical' | undefined = risk?.level;
  const helplines: string[] = (risk?.resources ?? []).map((r) => r.phone ?? r.url ?? r.name);
  const transcribing: 'pending' | 'processing' | 'completed' | 'failed' | 'canceled' | undefined = a.stages.transcription?.status;
  const failure: string | undefined = a.error ? \`\${a.error.stage}: \${a.error.code}\` : undefined;
  return [
    \`\${a.id} \${a.status} \${a.created_at} \${a.completed_at ?? ''} \${a.conversation_id}\`,
    \`\${text ?? ''} \${provider ?? ''} \${words.join(' ')}\`,
    \`\${f0 ?? ''} \${jitter ?? ''} \${pauses ?? ''} \${clipping ?? ''} \${usable ?? ''} \${reasons.join(',')}\`,
    \`\${mood ?? ''} \${sad ?? ''} \${dissonance ?? ''} \${established} \${deviations.join(',')}\`,
    \`\${level ?? ''} \${helplines.join(',')} \${transcribing ?? ''} \${failure ?? ''}\`,
  ];
}

export async function history(auth: string): Promise<string[]> {
  const { data } = await client.GET('/v1/analyses', {
    params: { query: { status: 'completed', limit: 10 } },
    headers: { Authorization: auth },
  });
  const next: string | null | undefined = data?.next_cursor;
  return [...(data?.data ?? []).flatMap(summary), next ?? 'end'];
}

export async function forget(auth: string, id: string): Promise<number> {
  const { response } = await client.DELETE('/v1/analyses/{id}', { params: { path: { id } }, headers: { Authorization: auth } });
  return response.status;
}
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    types: [],
    skipLibCheck: true,
  },
  files: ['flow.ts'],
};

// openapi-typescript's documented way to type `format: binary` as a file.
const BLOB = ts.factory.createTypeReferenceNode('Blob');

describe('a typed client generated from GET /openapi.json', () => {
  it('compiles a submit → poll flow under tsc --strict without casts', async function () {
    this.timeout(90_000);
    const scratch = await scratchDir();
    try {
      const ast = await openapiTS(await servedOpenApi<OpenAPI3>(), {
        silent: true,
        transform: (schema) => (schema.format === 'binary' ? BLOB : undefined),
      });
      await writeFile(path.join(scratch.dir, 'schema.d.ts'), astToString(ast));
      await writeFile(path.join(scratch.dir, 'flow.ts'), FLOW);
      await writeFile(path.join(scratch.dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
      expect(FLOW).to.not.match(/\bany\b|\bas [A-Z{]/);
      const tsc = await runNode('typescript/bin/tsc', ['-p', 'tsconfig.json', '--pretty', 'false'], {
        cwd: scratch.dir,
      });
      expect(tsc.stdout + tsc.stderr, 'tsc output').to.equal('');
      expect(tsc.code).to.equal(0);
    } finally {
      await scratch.remove();
    }
  });
});

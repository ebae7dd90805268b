/** Reads the first line of a stream (a password piped in); a terminal gets no echo-free prompt, so pipe it. */
export async function readLine(stream: NodeJS.ReadableStream): Promise<string> {
  let data = '';
  for await (const chunk of stream) {
    data += chunk.toString();
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0] ?? '';
}

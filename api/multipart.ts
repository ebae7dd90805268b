import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, PayloadTooLargeError, ValidationError } from '../lib/errors.js';

class NotImplementedError extends AppError {
  readonly statusCode = 501;
  readonly code = 'not_implemented';
}

const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Reads the text fields of a multipart/form-data submission, streaming (nothing is buffered but
 * the small fields). Audio parts are refused for now: encrypted audio storage is not built yet.
 */
export function readFormFields(req: Request): Promise<Record<string, string>> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new ValidationError('Send the analysis as multipart/form-data.'));
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe();
      req.resume();
      reject(err);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fieldSize: MAX_FIELD_BYTES, files: 1, fields: 20 } });
    } catch {
      return reject(new ValidationError('The multipart body could not be read.'));
    }
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated)
        return fail(new PayloadTooLargeError(`Field ${name} is larger than ${MAX_FIELD_BYTES} bytes.`));
      fields[name] = value;
    });
    parser.on('file', (_name, stream) => {
      stream.resume();
      fail(new NotImplementedError('Audio uploads are not supported yet; send a transcript.'));
    });
    parser.on('error', () => fail(new ValidationError('The multipart body could not be read.')));
    parser.on('close', () => failed || resolve(fields));
    req.pipe(parser);
  });
}

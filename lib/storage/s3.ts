// The S3-compatible driver of the object store (AWS S3, MinIO, Ceph...; tested against s3rver).
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { S3Settings } from '@/lib/env';
import { assertSafeKey, type ObjectStore } from './object-types';

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export function createS3ObjectStore(settings: S3Settings, client?: S3Client): ObjectStore {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Since SDK 3.729 streamed uploads are sent aws-chunked with a trailing checksum, which many S3-compatible
      // servers (s3rver, older MinIO and Ceph) store verbatim, chunk headers and all. Another endpoint gets
      // checksums only where the API requires them.
      ...(settings.endpoint
        ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const }
        : {}),
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  const Bucket = settings.bucket;
  const full = (key: string) => {
    assertSafeKey(key);
    return settings.prefix ? `${settings.prefix}/${key}` : key;
  };
  return {
    async put(key, body, options = {}) {
      const size = Buffer.isBuffer(body) ? body.length : options.size;
      await s3.send(
        new PutObjectCommand({
          Bucket,
          Key: full(key),
          Body: body,
          ContentLength: size,
          ContentType: options.contentType ?? 'application/octet-stream',
        }),
      );
    },
    async get(key) {
      try {
        const result = await s3.send(new GetObjectCommand({ Bucket, Key: full(key) }));
        if (!result.Body) return null;
        return { body: result.Body as Readable, size: Number(result.ContentLength ?? 0) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(key) {
      try {
        await s3.send(new HeadObjectCommand({ Bucket, Key: full(key) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: full(key) }));
    },
    async removePrefix(prefix) {
      const Prefix = `${full(prefix)}/`;
      let ContinuationToken: string | undefined;
      do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
        const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
        if (keys.length > 0) await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys } }));
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}

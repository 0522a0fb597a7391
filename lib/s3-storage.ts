import "server-only";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertKey, assertPrefix, isKey, type FileStorage, type StoredFile } from "./storage";

export interface S3Settings {
  bucket: string;
  /** An S3-compatible server (MinIO, Ceph, Garage…); absent for AWS itself. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Buckets addressed as endpoint/bucket/key (MinIO and most self-hosted servers) rather than bucket.endpoint. */
  forcePathStyle: boolean;
  /** Keys are kept below this folder of the bucket ("party/"), so one bucket can serve several apps. */
  prefix: string;
}

/** The S3 settings the environment names (S3_BUCKET and the rest), or null when files stay on disk. */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const prefix = (env.S3_PREFIX ?? "").trim().replace(/^\/+|\/+$/g, "");
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== "false" : Boolean(env.S3_ENDPOINT),
    prefix: prefix ? `${prefix}/` : "",
  };
}

function missing(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata?.httpStatusCode === 404;
  }
  return false;
}

/**
 * Files in an S3-compatible bucket, so that several app instances behind a load balancer share them.
 * The same contract as the disk: a key is never overwritten, a move already done is not an error.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // uploads are bounded (lib/uploads.ts) and sent whole: no checksum trailer, which several
      // S3-compatible servers do not understand
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private objectKey(key: string): string {
    assertKey(key);
    return this.settings.prefix + key;
  }

  private async exists(objectKey: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: objectKey }));
      return true;
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const objectKey = this.objectKey(key);
    // keys are fresh and unguessable (newStorageKey); the check keeps the disk's promise on servers
    // that ignore If-None-Match
    if (await this.exists(objectKey)) throw new Error(`a file already exists under ${key}`);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: objectKey, Body: data, IfNoneMatch: "*", ContentLength: data.byteLength }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
  }

  async move(from: string, to: string): Promise<void> {
    const source = this.objectKey(from);
    const target = this.objectKey(to);
    try {
      await this.client.send(
        new CopyObjectCommand({ Bucket: this.settings.bucket, Key: target, CopySource: `${this.settings.bucket}/${encodeURI(source)}` }),
      );
    } catch (error) {
      // a move interrupted after its copy, or already done: the file is in place
      if (missing(error) && (await this.exists(target))) return;
      throw error;
    }
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: source }));
  }

  async list(prefix: string, limit: number): Promise<StoredFile[]> {
    assertPrefix(prefix);
    const folder = `${this.settings.prefix}${prefix}/`;
    const found: StoredFile[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.settings.bucket,
          Prefix: folder,
          MaxKeys: Math.min(1000, limit - found.length),
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.settings.prefix.length);
        if (!key || !isKey(key) || found.length >= limit) continue;
        found.push({ key, modifiedAt: object.LastModified ?? new Date(0) });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token && found.length < limit);
    return found;
  }
}

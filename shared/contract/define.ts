/** Building blocks for declaring channels: a request has a body schema and a reply schema. */
import type { z } from 'zod';

export interface RequestSpec<Body extends z.ZodType = z.ZodType, Reply extends z.ZodType = z.ZodType> {
  body: Body;
  reply: Reply;
}

export type RequestMap = Record<string, RequestSpec>;
export type EventMap = Record<string, z.ZodType>;

export const request = <Body extends z.ZodType, Reply extends z.ZodType>(
  body: Body,
  reply: Reply,
): RequestSpec<Body, Reply> => ({ body, reply });

export type BodyOf<M extends RequestMap, K extends keyof M> = z.infer<M[K]['body']>;
export type ReplyOf<M extends RequestMap, K extends keyof M> = z.infer<M[K]['reply']>;
export type PayloadOf<M extends EventMap, K extends keyof M> = z.infer<M[K]>;

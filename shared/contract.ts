import { coreChannels } from './contract-core';
import { fileChannels } from './contract-files';
import { lockChannels } from './contract-lock';
import { platformChannels } from './contract-platforms';

/**
 * The one list of what the renderer may ask of the main process:
 * channel name → zod input → zod output (the value of a Result<T, ApiError>).
 * Channels are "feature.method"; each feature owns its slice of `window.fielddesk`.
 */
export const contract = { ...coreChannels, ...platformChannels, ...fileChannels, ...lockChannels } as const;
export type Contract = typeof contract;
export type ChannelName = keyof Contract;

/** Channels whose input carries file bytes (Uint8Array): the only ones where binary data passes the gate. */
export const byteChannels: ReadonlySet<ChannelName> = new Set<ChannelName>(['glaas.uploadDocuments', 'files.savePdfBytes', 'files.openPdf']);

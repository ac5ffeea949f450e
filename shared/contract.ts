import { coreChannels } from './contract-core';
import { fileChannels } from './contract-files';
import { platformChannels } from './contract-platforms';

/**
 * The one list of what the renderer may ask of the main process:
 * channel name → zod input → zod output (the value of a Result<T, ApiError>).
 * Channels are "feature.method"; each feature owns its slice of `window.fielddesk`.
 */
export const contract = { ...coreChannels, ...platformChannels, ...fileChannels } as const;
export type Contract = typeof contract;
export type ChannelName = keyof Contract;

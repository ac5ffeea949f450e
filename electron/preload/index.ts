/**
 * The preload: the only place the renderer's world meets Electron. It exposes
 * `window.fielddesk`, built from the contract's channel names, and nothing else: no
 * ipcRenderer, no Node objects, no event emitters. Validation happens in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../shared/bridge';
import { channelNames } from '../../shared/channels';

contextBridge.exposeInMainWorld(
  'fielddesk',
  buildBridge(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);

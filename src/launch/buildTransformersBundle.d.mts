/** buildTransformersBundle.mjs is plain JavaScript (it runs before anything is built): its exports' types. */
export const TRANSFORMERS_BUNDLE: string;
export const TRANSFORMERS_BUNDLE_INFO: string;
export function buildTransformersBundle(root: string): Promise<void>;

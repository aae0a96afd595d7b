import { BLOCK_TYPE } from "@workflow-blocks/block-core";
export const PROXY_FOR = BLOCK_TYPE;

import { BLOCK_TYPE } from "@workflow-blocks/block-core";
export const UI_FOR: string = BLOCK_TYPE;

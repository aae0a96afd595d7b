import { intercomBlock } from "@workflow-blocks/block-core";
export const UI_FOR: string = intercomBlock.name;

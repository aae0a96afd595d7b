import { intercomBlock } from "@workflow-blocks/block-core";
export const PROXY_FOR = intercomBlock.type;

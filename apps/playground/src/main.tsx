import { UI_FOR } from "@workflow-blocks/block-ui";
export const x = UI_FOR;

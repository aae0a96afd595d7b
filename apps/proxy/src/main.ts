import { PROXY_FOR } from "@workflow-blocks/block-proxy";
import { SANDBOX } from "@workflow-blocks/intercom-sandbox";
console.log(PROXY_FOR, SANDBOX);

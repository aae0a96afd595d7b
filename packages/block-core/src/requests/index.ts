export { INTERCOM_API_VERSION } from './api-version.js';
export { buildIntercomRequest } from './build-intercom-request.js';
export { describeIntercomError, type IntercomErrorContext } from './describe-intercom-error.js';
export { headerValue, readIntercomErrorBody, type IntercomErrorBody, type IntercomErrorItem, type ResponseHeaders } from './intercom-error-body.js';
export { mapIntercomResponse, type IntercomResponse } from './map-intercom-response.js';
export { IntercomRequestError, IntercomResponseShapeError } from './request-error.js';
export { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './config-values.js';
export type { IntercomRequestContext, OperationOutputs, OperationRequestParts } from '../definition/operation-types.js';
export { CONNECTED_ADMIN_PLACEHOLDER, previewIntercomRequest, type RequestPreviewResult } from './preview-intercom-request.js';

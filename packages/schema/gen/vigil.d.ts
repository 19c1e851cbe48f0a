// Generated from proto/ by packages/schema/scripts/gen.mjs. DO NOT EDIT.
import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace vigil. */
export namespace vigil {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a Telemetry */
        class Telemetry extends $protobuf.rpc.Service {

            /**
             * Constructs a new Telemetry service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Telemetry service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Telemetry;

            /**
             * Calls Subscribe.
             * @param request SubscribeRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and SubscribeResponse
             */
            public subscribe(request: vigil.v1.ISubscribeRequest, callback: vigil.v1.Telemetry.SubscribeCallback): void;

            /**
             * Calls Subscribe.
             * @param request SubscribeRequest message or plain object
             * @returns Promise
             */
            public subscribe(request: vigil.v1.ISubscribeRequest): Promise<vigil.v1.SubscribeResponse>;

            /**
             * Calls Query.
             * @param request QueryRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and QueryResponse
             */
            public query(request: vigil.v1.IQueryRequest, callback: vigil.v1.Telemetry.QueryCallback): void;

            /**
             * Calls Query.
             * @param request QueryRequest message or plain object
             * @returns Promise
             */
            public query(request: vigil.v1.IQueryRequest): Promise<vigil.v1.QueryResponse>;

            /**
             * Calls ProcessTree.
             * @param request ProcessTreeRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ProcessTreeResponse
             */
            public processTree(request: vigil.v1.IProcessTreeRequest, callback: vigil.v1.Telemetry.ProcessTreeCallback): void;

            /**
             * Calls ProcessTree.
             * @param request ProcessTreeRequest message or plain object
             * @returns Promise
             */
            public processTree(request: vigil.v1.IProcessTreeRequest): Promise<vigil.v1.ProcessTreeResponse>;

            /**
             * Calls RetroHunt.
             * @param request RetroHuntRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and Alert
             */
            public retroHunt(request: vigil.v1.IRetroHuntRequest, callback: vigil.v1.Telemetry.RetroHuntCallback): void;

            /**
             * Calls RetroHunt.
             * @param request RetroHuntRequest message or plain object
             * @returns Promise
             */
            public retroHunt(request: vigil.v1.IRetroHuntRequest): Promise<vigil.v1.Alert>;
        }

        namespace Telemetry {

            /**
             * Callback as used by {@link vigil.v1.Telemetry#subscribe}.
             * @param error Error, if any
             * @param [response] SubscribeResponse
             */
            type SubscribeCallback = (error: (Error|null), response?: vigil.v1.SubscribeResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Telemetry#query}.
             * @param error Error, if any
             * @param [response] QueryResponse
             */
            type QueryCallback = (error: (Error|null), response?: vigil.v1.QueryResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Telemetry#processTree}.
             * @param error Error, if any
             * @param [response] ProcessTreeResponse
             */
            type ProcessTreeCallback = (error: (Error|null), response?: vigil.v1.ProcessTreeResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Telemetry#retroHunt}.
             * @param error Error, if any
             * @param [response] Alert
             */
            type RetroHuntCallback = (error: (Error|null), response?: vigil.v1.Alert) => void;
        }

        /** Represents an Alerts */
        class Alerts extends $protobuf.rpc.Service {

            /**
             * Constructs a new Alerts service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Alerts service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Alerts;

            /**
             * Calls ListAlerts.
             * @param request ListAlertsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListAlertsResponse
             */
            public listAlerts(request: vigil.v1.IListAlertsRequest, callback: vigil.v1.Alerts.ListAlertsCallback): void;

            /**
             * Calls ListAlerts.
             * @param request ListAlertsRequest message or plain object
             * @returns Promise
             */
            public listAlerts(request: vigil.v1.IListAlertsRequest): Promise<vigil.v1.ListAlertsResponse>;

            /**
             * Calls StreamAlerts.
             * @param request StreamAlertsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and Alert
             */
            public streamAlerts(request: vigil.v1.IStreamAlertsRequest, callback: vigil.v1.Alerts.StreamAlertsCallback): void;

            /**
             * Calls StreamAlerts.
             * @param request StreamAlertsRequest message or plain object
             * @returns Promise
             */
            public streamAlerts(request: vigil.v1.IStreamAlertsRequest): Promise<vigil.v1.Alert>;

            /**
             * Calls AcknowledgeAlert.
             * @param request AcknowledgeAlertRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and AcknowledgeAlertResponse
             */
            public acknowledgeAlert(request: vigil.v1.IAcknowledgeAlertRequest, callback: vigil.v1.Alerts.AcknowledgeAlertCallback): void;

            /**
             * Calls AcknowledgeAlert.
             * @param request AcknowledgeAlertRequest message or plain object
             * @returns Promise
             */
            public acknowledgeAlert(request: vigil.v1.IAcknowledgeAlertRequest): Promise<vigil.v1.AcknowledgeAlertResponse>;

            /**
             * Calls Kill.
             * @param request KillRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ResponseResult
             */
            public kill(request: vigil.v1.IKillRequest, callback: vigil.v1.Alerts.KillCallback): void;

            /**
             * Calls Kill.
             * @param request KillRequest message or plain object
             * @returns Promise
             */
            public kill(request: vigil.v1.IKillRequest): Promise<vigil.v1.ResponseResult>;
        }

        namespace Alerts {

            /**
             * Callback as used by {@link vigil.v1.Alerts#listAlerts}.
             * @param error Error, if any
             * @param [response] ListAlertsResponse
             */
            type ListAlertsCallback = (error: (Error|null), response?: vigil.v1.ListAlertsResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Alerts#streamAlerts}.
             * @param error Error, if any
             * @param [response] Alert
             */
            type StreamAlertsCallback = (error: (Error|null), response?: vigil.v1.Alert) => void;

            /**
             * Callback as used by {@link vigil.v1.Alerts#acknowledgeAlert}.
             * @param error Error, if any
             * @param [response] AcknowledgeAlertResponse
             */
            type AcknowledgeAlertCallback = (error: (Error|null), response?: vigil.v1.AcknowledgeAlertResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Alerts#kill}.
             * @param error Error, if any
             * @param [response] ResponseResult
             */
            type KillCallback = (error: (Error|null), response?: vigil.v1.ResponseResult) => void;
        }

        /** Represents a Sensors */
        class Sensors extends $protobuf.rpc.Service {

            /**
             * Constructs a new Sensors service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Sensors service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Sensors;

            /**
             * Calls ListSensors.
             * @param request ListSensorsRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListSensorsResponse
             */
            public listSensors(request: vigil.v1.IListSensorsRequest, callback: vigil.v1.Sensors.ListSensorsCallback): void;

            /**
             * Calls ListSensors.
             * @param request ListSensorsRequest message or plain object
             * @returns Promise
             */
            public listSensors(request: vigil.v1.IListSensorsRequest): Promise<vigil.v1.ListSensorsResponse>;
        }

        namespace Sensors {

            /**
             * Callback as used by {@link vigil.v1.Sensors#listSensors}.
             * @param error Error, if any
             * @param [response] ListSensorsResponse
             */
            type ListSensorsCallback = (error: (Error|null), response?: vigil.v1.ListSensorsResponse) => void;
        }

        /** Represents a Rules */
        class Rules extends $protobuf.rpc.Service {

            /**
             * Constructs a new Rules service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Rules service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Rules;

            /**
             * Calls ListRules.
             * @param request ListRulesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ListRulesResponse
             */
            public listRules(request: vigil.v1.IListRulesRequest, callback: vigil.v1.Rules.ListRulesCallback): void;

            /**
             * Calls ListRules.
             * @param request ListRulesRequest message or plain object
             * @returns Promise
             */
            public listRules(request: vigil.v1.IListRulesRequest): Promise<vigil.v1.ListRulesResponse>;

            /**
             * Calls ValidateRules.
             * @param request ValidateRulesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and ValidateRulesResponse
             */
            public validateRules(request: vigil.v1.IValidateRulesRequest, callback: vigil.v1.Rules.ValidateRulesCallback): void;

            /**
             * Calls ValidateRules.
             * @param request ValidateRulesRequest message or plain object
             * @returns Promise
             */
            public validateRules(request: vigil.v1.IValidateRulesRequest): Promise<vigil.v1.ValidateRulesResponse>;

            /**
             * Calls PutRules.
             * @param request PutRulesRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and PutRulesResponse
             */
            public putRules(request: vigil.v1.IPutRulesRequest, callback: vigil.v1.Rules.PutRulesCallback): void;

            /**
             * Calls PutRules.
             * @param request PutRulesRequest message or plain object
             * @returns Promise
             */
            public putRules(request: vigil.v1.IPutRulesRequest): Promise<vigil.v1.PutRulesResponse>;
        }

        namespace Rules {

            /**
             * Callback as used by {@link vigil.v1.Rules#listRules}.
             * @param error Error, if any
             * @param [response] ListRulesResponse
             */
            type ListRulesCallback = (error: (Error|null), response?: vigil.v1.ListRulesResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Rules#validateRules}.
             * @param error Error, if any
             * @param [response] ValidateRulesResponse
             */
            type ValidateRulesCallback = (error: (Error|null), response?: vigil.v1.ValidateRulesResponse) => void;

            /**
             * Callback as used by {@link vigil.v1.Rules#putRules}.
             * @param error Error, if any
             * @param [response] PutRulesResponse
             */
            type PutRulesCallback = (error: (Error|null), response?: vigil.v1.PutRulesResponse) => void;
        }

        /** Properties of a Selector. */
        interface ISelector {

            /** Selector filter */
            filter?: (string|null);

            /** Selector kinds */
            kinds?: (string[]|null);

            /** Selector hosts */
            hosts?: (string[]|null);

            /** Selector containers */
            containers?: (string[]|null);
        }

        /** Represents a Selector. */
        class Selector implements ISelector {

            /**
             * Constructs a new Selector.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ISelector);

            /** Selector filter. */
            public filter: string;

            /** Selector kinds. */
            public kinds: string[];

            /** Selector hosts. */
            public hosts: string[];

            /** Selector containers. */
            public containers: string[];

            /**
             * Creates a new Selector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Selector instance
             */
            public static create(properties?: vigil.v1.ISelector): vigil.v1.Selector;

            /**
             * Encodes the specified Selector message. Does not implicitly {@link vigil.v1.Selector.verify|verify} messages.
             * @param message Selector message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ISelector, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Selector message, length delimited. Does not implicitly {@link vigil.v1.Selector.verify|verify} messages.
             * @param message Selector message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ISelector, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Selector message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Selector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Selector;

            /**
             * Decodes a Selector message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Selector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Selector;

            /**
             * Verifies a Selector message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Selector message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Selector
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Selector;

            /**
             * Creates a plain object from a Selector message. Also converts values to other types if specified.
             * @param message Selector
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Selector, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Selector to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Selector
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SubscribeRequest. */
        interface ISubscribeRequest {

            /** SubscribeRequest selector */
            selector?: (vigil.v1.ISelector|null);

            /** SubscribeRequest maxEventsPerSecond */
            maxEventsPerSecond?: (number|null);

            /** SubscribeRequest limit */
            limit?: (number|Long|null);
        }

        /** Represents a SubscribeRequest. */
        class SubscribeRequest implements ISubscribeRequest {

            /**
             * Constructs a new SubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ISubscribeRequest);

            /** SubscribeRequest selector. */
            public selector?: (vigil.v1.ISelector|null);

            /** SubscribeRequest maxEventsPerSecond. */
            public maxEventsPerSecond: number;

            /** SubscribeRequest limit. */
            public limit: (number|Long);

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeRequest instance
             */
            public static create(properties?: vigil.v1.ISubscribeRequest): vigil.v1.SubscribeRequest;

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link vigil.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ISubscribeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link vigil.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ISubscribeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SubscribeRequest;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SubscribeRequest;

            /**
             * Verifies a SubscribeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.SubscribeRequest;

            /**
             * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
             * @param message SubscribeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SubscribeRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SubscribeResponse. */
        interface ISubscribeResponse {

            /** SubscribeResponse event */
            event?: (vigil.v1.IEvent|null);

            /** SubscribeResponse lost */
            lost?: (vigil.v1.ILost|null);

            /** SubscribeResponse events */
            events?: (vigil.v1.IEventBatch|null);
        }

        /** Represents a SubscribeResponse. */
        class SubscribeResponse implements ISubscribeResponse {

            /**
             * Constructs a new SubscribeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ISubscribeResponse);

            /** SubscribeResponse event. */
            public event?: (vigil.v1.IEvent|null);

            /** SubscribeResponse lost. */
            public lost?: (vigil.v1.ILost|null);

            /** SubscribeResponse events. */
            public events?: (vigil.v1.IEventBatch|null);

            /** SubscribeResponse item. */
            public item?: ("event"|"lost"|"events");

            /**
             * Creates a new SubscribeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeResponse instance
             */
            public static create(properties?: vigil.v1.ISubscribeResponse): vigil.v1.SubscribeResponse;

            /**
             * Encodes the specified SubscribeResponse message. Does not implicitly {@link vigil.v1.SubscribeResponse.verify|verify} messages.
             * @param message SubscribeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ISubscribeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeResponse message, length delimited. Does not implicitly {@link vigil.v1.SubscribeResponse.verify|verify} messages.
             * @param message SubscribeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ISubscribeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SubscribeResponse;

            /**
             * Decodes a SubscribeResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SubscribeResponse;

            /**
             * Verifies a SubscribeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.SubscribeResponse;

            /**
             * Creates a plain object from a SubscribeResponse message. Also converts values to other types if specified.
             * @param message SubscribeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.SubscribeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SubscribeResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a QueryRequest. */
        interface IQueryRequest {

            /** QueryRequest selector */
            selector?: (vigil.v1.ISelector|null);

            /** QueryRequest sinceNs */
            sinceNs?: (number|Long|null);

            /** QueryRequest untilNs */
            untilNs?: (number|Long|null);

            /** QueryRequest limit */
            limit?: (number|Long|null);

            /** QueryRequest cursor */
            cursor?: (string|null);
        }

        /** Represents a QueryRequest. */
        class QueryRequest implements IQueryRequest {

            /**
             * Constructs a new QueryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IQueryRequest);

            /** QueryRequest selector. */
            public selector?: (vigil.v1.ISelector|null);

            /** QueryRequest sinceNs. */
            public sinceNs: (number|Long);

            /** QueryRequest untilNs. */
            public untilNs: (number|Long);

            /** QueryRequest limit. */
            public limit: (number|Long);

            /** QueryRequest cursor. */
            public cursor: string;

            /**
             * Creates a new QueryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryRequest instance
             */
            public static create(properties?: vigil.v1.IQueryRequest): vigil.v1.QueryRequest;

            /**
             * Encodes the specified QueryRequest message. Does not implicitly {@link vigil.v1.QueryRequest.verify|verify} messages.
             * @param message QueryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IQueryRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryRequest message, length delimited. Does not implicitly {@link vigil.v1.QueryRequest.verify|verify} messages.
             * @param message QueryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IQueryRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns QueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.QueryRequest;

            /**
             * Decodes a QueryRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns QueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.QueryRequest;

            /**
             * Verifies a QueryRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.QueryRequest;

            /**
             * Creates a plain object from a QueryRequest message. Also converts values to other types if specified.
             * @param message QueryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.QueryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for QueryRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a QueryResponse. */
        interface IQueryResponse {

            /** QueryResponse events */
            events?: (vigil.v1.IEvent[]|null);

            /** QueryResponse cursor */
            cursor?: (string|null);

            /** QueryResponse unansweredHosts */
            unansweredHosts?: (string[]|null);
        }

        /** Represents a QueryResponse. */
        class QueryResponse implements IQueryResponse {

            /**
             * Constructs a new QueryResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IQueryResponse);

            /** QueryResponse events. */
            public events: vigil.v1.IEvent[];

            /** QueryResponse cursor. */
            public cursor: string;

            /** QueryResponse unansweredHosts. */
            public unansweredHosts: string[];

            /**
             * Creates a new QueryResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryResponse instance
             */
            public static create(properties?: vigil.v1.IQueryResponse): vigil.v1.QueryResponse;

            /**
             * Encodes the specified QueryResponse message. Does not implicitly {@link vigil.v1.QueryResponse.verify|verify} messages.
             * @param message QueryResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IQueryResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryResponse message, length delimited. Does not implicitly {@link vigil.v1.QueryResponse.verify|verify} messages.
             * @param message QueryResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IQueryResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns QueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.QueryResponse;

            /**
             * Decodes a QueryResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns QueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.QueryResponse;

            /**
             * Verifies a QueryResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.QueryResponse;

            /**
             * Creates a plain object from a QueryResponse message. Also converts values to other types if specified.
             * @param message QueryResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.QueryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for QueryResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessTreeRequest. */
        interface IProcessTreeRequest {

            /** ProcessTreeRequest processUid */
            processUid?: (string|null);

            /** ProcessTreeRequest depth */
            depth?: (number|null);
        }

        /** Represents a ProcessTreeRequest. */
        class ProcessTreeRequest implements IProcessTreeRequest {

            /**
             * Constructs a new ProcessTreeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessTreeRequest);

            /** ProcessTreeRequest processUid. */
            public processUid: string;

            /** ProcessTreeRequest depth. */
            public depth: number;

            /**
             * Creates a new ProcessTreeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessTreeRequest instance
             */
            public static create(properties?: vigil.v1.IProcessTreeRequest): vigil.v1.ProcessTreeRequest;

            /**
             * Encodes the specified ProcessTreeRequest message. Does not implicitly {@link vigil.v1.ProcessTreeRequest.verify|verify} messages.
             * @param message ProcessTreeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessTreeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessTreeRequest message, length delimited. Does not implicitly {@link vigil.v1.ProcessTreeRequest.verify|verify} messages.
             * @param message ProcessTreeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessTreeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessTreeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessTreeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessTreeRequest;

            /**
             * Decodes a ProcessTreeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessTreeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessTreeRequest;

            /**
             * Verifies a ProcessTreeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessTreeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessTreeRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessTreeRequest;

            /**
             * Creates a plain object from a ProcessTreeRequest message. Also converts values to other types if specified.
             * @param message ProcessTreeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessTreeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessTreeRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessTreeRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessNode. */
        interface IProcessNode {

            /** ProcessNode process */
            process?: (vigil.v1.IProcess|null);

            /** ProcessNode events */
            events?: (vigil.v1.IEvent[]|null);

            /** ProcessNode children */
            children?: (vigil.v1.IProcessNode[]|null);
        }

        /** Represents a ProcessNode. */
        class ProcessNode implements IProcessNode {

            /**
             * Constructs a new ProcessNode.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessNode);

            /** ProcessNode process. */
            public process?: (vigil.v1.IProcess|null);

            /** ProcessNode events. */
            public events: vigil.v1.IEvent[];

            /** ProcessNode children. */
            public children: vigil.v1.IProcessNode[];

            /**
             * Creates a new ProcessNode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessNode instance
             */
            public static create(properties?: vigil.v1.IProcessNode): vigil.v1.ProcessNode;

            /**
             * Encodes the specified ProcessNode message. Does not implicitly {@link vigil.v1.ProcessNode.verify|verify} messages.
             * @param message ProcessNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessNode, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessNode message, length delimited. Does not implicitly {@link vigil.v1.ProcessNode.verify|verify} messages.
             * @param message ProcessNode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessNode, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessNode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessNode;

            /**
             * Decodes a ProcessNode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessNode;

            /**
             * Verifies a ProcessNode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessNode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessNode
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessNode;

            /**
             * Creates a plain object from a ProcessNode message. Also converts values to other types if specified.
             * @param message ProcessNode
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessNode to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessNode
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessTreeResponse. */
        interface IProcessTreeResponse {

            /** ProcessTreeResponse ancestors */
            ancestors?: (vigil.v1.IProcess[]|null);

            /** ProcessTreeResponse root */
            root?: (vigil.v1.IProcessNode|null);

            /** ProcessTreeResponse unansweredHosts */
            unansweredHosts?: (string[]|null);
        }

        /** Represents a ProcessTreeResponse. */
        class ProcessTreeResponse implements IProcessTreeResponse {

            /**
             * Constructs a new ProcessTreeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessTreeResponse);

            /** ProcessTreeResponse ancestors. */
            public ancestors: vigil.v1.IProcess[];

            /** ProcessTreeResponse root. */
            public root?: (vigil.v1.IProcessNode|null);

            /** ProcessTreeResponse unansweredHosts. */
            public unansweredHosts: string[];

            /**
             * Creates a new ProcessTreeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessTreeResponse instance
             */
            public static create(properties?: vigil.v1.IProcessTreeResponse): vigil.v1.ProcessTreeResponse;

            /**
             * Encodes the specified ProcessTreeResponse message. Does not implicitly {@link vigil.v1.ProcessTreeResponse.verify|verify} messages.
             * @param message ProcessTreeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessTreeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessTreeResponse message, length delimited. Does not implicitly {@link vigil.v1.ProcessTreeResponse.verify|verify} messages.
             * @param message ProcessTreeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessTreeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessTreeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessTreeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessTreeResponse;

            /**
             * Decodes a ProcessTreeResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessTreeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessTreeResponse;

            /**
             * Verifies a ProcessTreeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessTreeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessTreeResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessTreeResponse;

            /**
             * Creates a plain object from a ProcessTreeResponse message. Also converts values to other types if specified.
             * @param message ProcessTreeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessTreeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessTreeResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessTreeResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RetroHuntRequest. */
        interface IRetroHuntRequest {

            /** RetroHuntRequest rulesYaml */
            rulesYaml?: (string|null);

            /** RetroHuntRequest sinceNs */
            sinceNs?: (number|Long|null);

            /** RetroHuntRequest untilNs */
            untilNs?: (number|Long|null);

            /** RetroHuntRequest hosts */
            hosts?: (string[]|null);
        }

        /** Represents a RetroHuntRequest. */
        class RetroHuntRequest implements IRetroHuntRequest {

            /**
             * Constructs a new RetroHuntRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IRetroHuntRequest);

            /** RetroHuntRequest rulesYaml. */
            public rulesYaml: string;

            /** RetroHuntRequest sinceNs. */
            public sinceNs: (number|Long);

            /** RetroHuntRequest untilNs. */
            public untilNs: (number|Long);

            /** RetroHuntRequest hosts. */
            public hosts: string[];

            /**
             * Creates a new RetroHuntRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RetroHuntRequest instance
             */
            public static create(properties?: vigil.v1.IRetroHuntRequest): vigil.v1.RetroHuntRequest;

            /**
             * Encodes the specified RetroHuntRequest message. Does not implicitly {@link vigil.v1.RetroHuntRequest.verify|verify} messages.
             * @param message RetroHuntRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IRetroHuntRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RetroHuntRequest message, length delimited. Does not implicitly {@link vigil.v1.RetroHuntRequest.verify|verify} messages.
             * @param message RetroHuntRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IRetroHuntRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RetroHuntRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RetroHuntRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RetroHuntRequest;

            /**
             * Decodes a RetroHuntRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RetroHuntRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RetroHuntRequest;

            /**
             * Verifies a RetroHuntRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RetroHuntRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RetroHuntRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.RetroHuntRequest;

            /**
             * Creates a plain object from a RetroHuntRequest message. Also converts values to other types if specified.
             * @param message RetroHuntRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.RetroHuntRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RetroHuntRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RetroHuntRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListAlertsRequest. */
        interface IListAlertsRequest {

            /** ListAlertsRequest sinceNs */
            sinceNs?: (number|Long|null);

            /** ListAlertsRequest untilNs */
            untilNs?: (number|Long|null);

            /** ListAlertsRequest minPriority */
            minPriority?: (vigil.v1.Priority|null);

            /** ListAlertsRequest rules */
            rules?: (string[]|null);

            /** ListAlertsRequest limit */
            limit?: (number|Long|null);

            /** ListAlertsRequest cursor */
            cursor?: (string|null);
        }

        /** Represents a ListAlertsRequest. */
        class ListAlertsRequest implements IListAlertsRequest {

            /**
             * Constructs a new ListAlertsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IListAlertsRequest);

            /** ListAlertsRequest sinceNs. */
            public sinceNs: (number|Long);

            /** ListAlertsRequest untilNs. */
            public untilNs: (number|Long);

            /** ListAlertsRequest minPriority. */
            public minPriority: vigil.v1.Priority;

            /** ListAlertsRequest rules. */
            public rules: string[];

            /** ListAlertsRequest limit. */
            public limit: (number|Long);

            /** ListAlertsRequest cursor. */
            public cursor: string;

            /**
             * Creates a new ListAlertsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAlertsRequest instance
             */
            public static create(properties?: vigil.v1.IListAlertsRequest): vigil.v1.ListAlertsRequest;

            /**
             * Encodes the specified ListAlertsRequest message. Does not implicitly {@link vigil.v1.ListAlertsRequest.verify|verify} messages.
             * @param message ListAlertsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IListAlertsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListAlertsRequest message, length delimited. Does not implicitly {@link vigil.v1.ListAlertsRequest.verify|verify} messages.
             * @param message ListAlertsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IListAlertsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAlertsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ListAlertsRequest;

            /**
             * Decodes a ListAlertsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ListAlertsRequest;

            /**
             * Verifies a ListAlertsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListAlertsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListAlertsRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ListAlertsRequest;

            /**
             * Creates a plain object from a ListAlertsRequest message. Also converts values to other types if specified.
             * @param message ListAlertsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ListAlertsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListAlertsRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListAlertsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListAlertsResponse. */
        interface IListAlertsResponse {

            /** ListAlertsResponse alerts */
            alerts?: (vigil.v1.IAlert[]|null);

            /** ListAlertsResponse cursor */
            cursor?: (string|null);
        }

        /** Represents a ListAlertsResponse. */
        class ListAlertsResponse implements IListAlertsResponse {

            /**
             * Constructs a new ListAlertsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IListAlertsResponse);

            /** ListAlertsResponse alerts. */
            public alerts: vigil.v1.IAlert[];

            /** ListAlertsResponse cursor. */
            public cursor: string;

            /**
             * Creates a new ListAlertsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAlertsResponse instance
             */
            public static create(properties?: vigil.v1.IListAlertsResponse): vigil.v1.ListAlertsResponse;

            /**
             * Encodes the specified ListAlertsResponse message. Does not implicitly {@link vigil.v1.ListAlertsResponse.verify|verify} messages.
             * @param message ListAlertsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IListAlertsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListAlertsResponse message, length delimited. Does not implicitly {@link vigil.v1.ListAlertsResponse.verify|verify} messages.
             * @param message ListAlertsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IListAlertsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAlertsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListAlertsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ListAlertsResponse;

            /**
             * Decodes a ListAlertsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListAlertsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ListAlertsResponse;

            /**
             * Verifies a ListAlertsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListAlertsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListAlertsResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ListAlertsResponse;

            /**
             * Creates a plain object from a ListAlertsResponse message. Also converts values to other types if specified.
             * @param message ListAlertsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ListAlertsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListAlertsResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListAlertsResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StreamAlertsRequest. */
        interface IStreamAlertsRequest {

            /** StreamAlertsRequest minPriority */
            minPriority?: (vigil.v1.Priority|null);

            /** StreamAlertsRequest rules */
            rules?: (string[]|null);
        }

        /** Represents a StreamAlertsRequest. */
        class StreamAlertsRequest implements IStreamAlertsRequest {

            /**
             * Constructs a new StreamAlertsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IStreamAlertsRequest);

            /** StreamAlertsRequest minPriority. */
            public minPriority: vigil.v1.Priority;

            /** StreamAlertsRequest rules. */
            public rules: string[];

            /**
             * Creates a new StreamAlertsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamAlertsRequest instance
             */
            public static create(properties?: vigil.v1.IStreamAlertsRequest): vigil.v1.StreamAlertsRequest;

            /**
             * Encodes the specified StreamAlertsRequest message. Does not implicitly {@link vigil.v1.StreamAlertsRequest.verify|verify} messages.
             * @param message StreamAlertsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IStreamAlertsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamAlertsRequest message, length delimited. Does not implicitly {@link vigil.v1.StreamAlertsRequest.verify|verify} messages.
             * @param message StreamAlertsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IStreamAlertsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamAlertsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StreamAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.StreamAlertsRequest;

            /**
             * Decodes a StreamAlertsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns StreamAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.StreamAlertsRequest;

            /**
             * Verifies a StreamAlertsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamAlertsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamAlertsRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.StreamAlertsRequest;

            /**
             * Creates a plain object from a StreamAlertsRequest message. Also converts values to other types if specified.
             * @param message StreamAlertsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.StreamAlertsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamAlertsRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for StreamAlertsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an AcknowledgeAlertRequest. */
        interface IAcknowledgeAlertRequest {

            /** AcknowledgeAlertRequest alertId */
            alertId?: (string|null);

            /** AcknowledgeAlertRequest note */
            note?: (string|null);
        }

        /** Represents an AcknowledgeAlertRequest. */
        class AcknowledgeAlertRequest implements IAcknowledgeAlertRequest {

            /**
             * Constructs a new AcknowledgeAlertRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IAcknowledgeAlertRequest);

            /** AcknowledgeAlertRequest alertId. */
            public alertId: string;

            /** AcknowledgeAlertRequest note. */
            public note: string;

            /**
             * Creates a new AcknowledgeAlertRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AcknowledgeAlertRequest instance
             */
            public static create(properties?: vigil.v1.IAcknowledgeAlertRequest): vigil.v1.AcknowledgeAlertRequest;

            /**
             * Encodes the specified AcknowledgeAlertRequest message. Does not implicitly {@link vigil.v1.AcknowledgeAlertRequest.verify|verify} messages.
             * @param message AcknowledgeAlertRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IAcknowledgeAlertRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AcknowledgeAlertRequest message, length delimited. Does not implicitly {@link vigil.v1.AcknowledgeAlertRequest.verify|verify} messages.
             * @param message AcknowledgeAlertRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IAcknowledgeAlertRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AcknowledgeAlertRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AcknowledgeAlertRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.AcknowledgeAlertRequest;

            /**
             * Decodes an AcknowledgeAlertRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns AcknowledgeAlertRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.AcknowledgeAlertRequest;

            /**
             * Verifies an AcknowledgeAlertRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AcknowledgeAlertRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AcknowledgeAlertRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.AcknowledgeAlertRequest;

            /**
             * Creates a plain object from an AcknowledgeAlertRequest message. Also converts values to other types if specified.
             * @param message AcknowledgeAlertRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.AcknowledgeAlertRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AcknowledgeAlertRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for AcknowledgeAlertRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an AcknowledgeAlertResponse. */
        interface IAcknowledgeAlertResponse {

            /** AcknowledgeAlertResponse acknowledgedBy */
            acknowledgedBy?: (string|null);

            /** AcknowledgeAlertResponse timeNs */
            timeNs?: (number|Long|null);
        }

        /** Represents an AcknowledgeAlertResponse. */
        class AcknowledgeAlertResponse implements IAcknowledgeAlertResponse {

            /**
             * Constructs a new AcknowledgeAlertResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IAcknowledgeAlertResponse);

            /** AcknowledgeAlertResponse acknowledgedBy. */
            public acknowledgedBy: string;

            /** AcknowledgeAlertResponse timeNs. */
            public timeNs: (number|Long);

            /**
             * Creates a new AcknowledgeAlertResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AcknowledgeAlertResponse instance
             */
            public static create(properties?: vigil.v1.IAcknowledgeAlertResponse): vigil.v1.AcknowledgeAlertResponse;

            /**
             * Encodes the specified AcknowledgeAlertResponse message. Does not implicitly {@link vigil.v1.AcknowledgeAlertResponse.verify|verify} messages.
             * @param message AcknowledgeAlertResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IAcknowledgeAlertResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AcknowledgeAlertResponse message, length delimited. Does not implicitly {@link vigil.v1.AcknowledgeAlertResponse.verify|verify} messages.
             * @param message AcknowledgeAlertResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IAcknowledgeAlertResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AcknowledgeAlertResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AcknowledgeAlertResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.AcknowledgeAlertResponse;

            /**
             * Decodes an AcknowledgeAlertResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns AcknowledgeAlertResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.AcknowledgeAlertResponse;

            /**
             * Verifies an AcknowledgeAlertResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AcknowledgeAlertResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AcknowledgeAlertResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.AcknowledgeAlertResponse;

            /**
             * Creates a plain object from an AcknowledgeAlertResponse message. Also converts values to other types if specified.
             * @param message AcknowledgeAlertResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.AcknowledgeAlertResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AcknowledgeAlertResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for AcknowledgeAlertResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListSensorsRequest. */
        interface IListSensorsRequest {

            /** ListSensorsRequest hosts */
            hosts?: (string[]|null);
        }

        /** Represents a ListSensorsRequest. */
        class ListSensorsRequest implements IListSensorsRequest {

            /**
             * Constructs a new ListSensorsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IListSensorsRequest);

            /** ListSensorsRequest hosts. */
            public hosts: string[];

            /**
             * Creates a new ListSensorsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListSensorsRequest instance
             */
            public static create(properties?: vigil.v1.IListSensorsRequest): vigil.v1.ListSensorsRequest;

            /**
             * Encodes the specified ListSensorsRequest message. Does not implicitly {@link vigil.v1.ListSensorsRequest.verify|verify} messages.
             * @param message ListSensorsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IListSensorsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListSensorsRequest message, length delimited. Does not implicitly {@link vigil.v1.ListSensorsRequest.verify|verify} messages.
             * @param message ListSensorsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IListSensorsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListSensorsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListSensorsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ListSensorsRequest;

            /**
             * Decodes a ListSensorsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListSensorsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ListSensorsRequest;

            /**
             * Verifies a ListSensorsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListSensorsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListSensorsRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ListSensorsRequest;

            /**
             * Creates a plain object from a ListSensorsRequest message. Also converts values to other types if specified.
             * @param message ListSensorsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ListSensorsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListSensorsRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListSensorsRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SensorInfo. */
        interface ISensorInfo {

            /** SensorInfo sensorId */
            sensorId?: (string|null);

            /** SensorInfo host */
            host?: (string|null);

            /** SensorInfo status */
            status?: (vigil.v1.ISensorStatus|null);

            /** SensorInfo lastSeenNs */
            lastSeenNs?: (number|Long|null);

            /** SensorInfo stale */
            stale?: (boolean|null);
        }

        /** Represents a SensorInfo. */
        class SensorInfo implements ISensorInfo {

            /**
             * Constructs a new SensorInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ISensorInfo);

            /** SensorInfo sensorId. */
            public sensorId: string;

            /** SensorInfo host. */
            public host: string;

            /** SensorInfo status. */
            public status?: (vigil.v1.ISensorStatus|null);

            /** SensorInfo lastSeenNs. */
            public lastSeenNs: (number|Long);

            /** SensorInfo stale. */
            public stale: boolean;

            /**
             * Creates a new SensorInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SensorInfo instance
             */
            public static create(properties?: vigil.v1.ISensorInfo): vigil.v1.SensorInfo;

            /**
             * Encodes the specified SensorInfo message. Does not implicitly {@link vigil.v1.SensorInfo.verify|verify} messages.
             * @param message SensorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ISensorInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SensorInfo message, length delimited. Does not implicitly {@link vigil.v1.SensorInfo.verify|verify} messages.
             * @param message SensorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ISensorInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SensorInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SensorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SensorInfo;

            /**
             * Decodes a SensorInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SensorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SensorInfo;

            /**
             * Verifies a SensorInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SensorInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SensorInfo
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.SensorInfo;

            /**
             * Creates a plain object from a SensorInfo message. Also converts values to other types if specified.
             * @param message SensorInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.SensorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SensorInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SensorInfo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListSensorsResponse. */
        interface IListSensorsResponse {

            /** ListSensorsResponse sensors */
            sensors?: (vigil.v1.ISensorInfo[]|null);
        }

        /** Represents a ListSensorsResponse. */
        class ListSensorsResponse implements IListSensorsResponse {

            /**
             * Constructs a new ListSensorsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IListSensorsResponse);

            /** ListSensorsResponse sensors. */
            public sensors: vigil.v1.ISensorInfo[];

            /**
             * Creates a new ListSensorsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListSensorsResponse instance
             */
            public static create(properties?: vigil.v1.IListSensorsResponse): vigil.v1.ListSensorsResponse;

            /**
             * Encodes the specified ListSensorsResponse message. Does not implicitly {@link vigil.v1.ListSensorsResponse.verify|verify} messages.
             * @param message ListSensorsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IListSensorsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListSensorsResponse message, length delimited. Does not implicitly {@link vigil.v1.ListSensorsResponse.verify|verify} messages.
             * @param message ListSensorsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IListSensorsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListSensorsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListSensorsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ListSensorsResponse;

            /**
             * Decodes a ListSensorsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListSensorsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ListSensorsResponse;

            /**
             * Verifies a ListSensorsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListSensorsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListSensorsResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ListSensorsResponse;

            /**
             * Creates a plain object from a ListSensorsResponse message. Also converts values to other types if specified.
             * @param message ListSensorsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ListSensorsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListSensorsResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListSensorsResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListRulesRequest. */
        interface IListRulesRequest {
        }

        /** Represents a ListRulesRequest. */
        class ListRulesRequest implements IListRulesRequest {

            /**
             * Constructs a new ListRulesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IListRulesRequest);

            /**
             * Creates a new ListRulesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRulesRequest instance
             */
            public static create(properties?: vigil.v1.IListRulesRequest): vigil.v1.ListRulesRequest;

            /**
             * Encodes the specified ListRulesRequest message. Does not implicitly {@link vigil.v1.ListRulesRequest.verify|verify} messages.
             * @param message ListRulesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IListRulesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRulesRequest message, length delimited. Does not implicitly {@link vigil.v1.ListRulesRequest.verify|verify} messages.
             * @param message ListRulesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IListRulesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRulesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ListRulesRequest;

            /**
             * Decodes a ListRulesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ListRulesRequest;

            /**
             * Verifies a ListRulesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRulesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRulesRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ListRulesRequest;

            /**
             * Creates a plain object from a ListRulesRequest message. Also converts values to other types if specified.
             * @param message ListRulesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ListRulesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRulesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListRulesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RuleInfo. */
        interface IRuleInfo {

            /** RuleInfo name */
            name?: (string|null);

            /** RuleInfo desc */
            desc?: (string|null);

            /** RuleInfo priority */
            priority?: (vigil.v1.Priority|null);

            /** RuleInfo tags */
            tags?: (string[]|null);

            /** RuleInfo enabled */
            enabled?: (boolean|null);

            /** RuleInfo file */
            file?: (string|null);
        }

        /** Represents a RuleInfo. */
        class RuleInfo implements IRuleInfo {

            /**
             * Constructs a new RuleInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IRuleInfo);

            /** RuleInfo name. */
            public name: string;

            /** RuleInfo desc. */
            public desc: string;

            /** RuleInfo priority. */
            public priority: vigil.v1.Priority;

            /** RuleInfo tags. */
            public tags: string[];

            /** RuleInfo enabled. */
            public enabled: boolean;

            /** RuleInfo file. */
            public file: string;

            /**
             * Creates a new RuleInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RuleInfo instance
             */
            public static create(properties?: vigil.v1.IRuleInfo): vigil.v1.RuleInfo;

            /**
             * Encodes the specified RuleInfo message. Does not implicitly {@link vigil.v1.RuleInfo.verify|verify} messages.
             * @param message RuleInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IRuleInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RuleInfo message, length delimited. Does not implicitly {@link vigil.v1.RuleInfo.verify|verify} messages.
             * @param message RuleInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IRuleInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RuleInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RuleInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RuleInfo;

            /**
             * Decodes a RuleInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RuleInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RuleInfo;

            /**
             * Verifies a RuleInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RuleInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RuleInfo
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.RuleInfo;

            /**
             * Creates a plain object from a RuleInfo message. Also converts values to other types if specified.
             * @param message RuleInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.RuleInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RuleInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RuleInfo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListRulesResponse. */
        interface IListRulesResponse {

            /** ListRulesResponse rules */
            rules?: (vigil.v1.IRuleInfo[]|null);
        }

        /** Represents a ListRulesResponse. */
        class ListRulesResponse implements IListRulesResponse {

            /**
             * Constructs a new ListRulesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IListRulesResponse);

            /** ListRulesResponse rules. */
            public rules: vigil.v1.IRuleInfo[];

            /**
             * Creates a new ListRulesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRulesResponse instance
             */
            public static create(properties?: vigil.v1.IListRulesResponse): vigil.v1.ListRulesResponse;

            /**
             * Encodes the specified ListRulesResponse message. Does not implicitly {@link vigil.v1.ListRulesResponse.verify|verify} messages.
             * @param message ListRulesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IListRulesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRulesResponse message, length delimited. Does not implicitly {@link vigil.v1.ListRulesResponse.verify|verify} messages.
             * @param message ListRulesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IListRulesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRulesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ListRulesResponse;

            /**
             * Decodes a ListRulesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ListRulesResponse;

            /**
             * Verifies a ListRulesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRulesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRulesResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ListRulesResponse;

            /**
             * Creates a plain object from a ListRulesResponse message. Also converts values to other types if specified.
             * @param message ListRulesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ListRulesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRulesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListRulesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ValidateRulesRequest. */
        interface IValidateRulesRequest {

            /** ValidateRulesRequest name */
            name?: (string|null);

            /** ValidateRulesRequest content */
            content?: (string|null);
        }

        /** Represents a ValidateRulesRequest. */
        class ValidateRulesRequest implements IValidateRulesRequest {

            /**
             * Constructs a new ValidateRulesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IValidateRulesRequest);

            /** ValidateRulesRequest name. */
            public name: string;

            /** ValidateRulesRequest content. */
            public content: string;

            /**
             * Creates a new ValidateRulesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidateRulesRequest instance
             */
            public static create(properties?: vigil.v1.IValidateRulesRequest): vigil.v1.ValidateRulesRequest;

            /**
             * Encodes the specified ValidateRulesRequest message. Does not implicitly {@link vigil.v1.ValidateRulesRequest.verify|verify} messages.
             * @param message ValidateRulesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IValidateRulesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidateRulesRequest message, length delimited. Does not implicitly {@link vigil.v1.ValidateRulesRequest.verify|verify} messages.
             * @param message ValidateRulesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IValidateRulesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidateRulesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ValidateRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ValidateRulesRequest;

            /**
             * Decodes a ValidateRulesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ValidateRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ValidateRulesRequest;

            /**
             * Verifies a ValidateRulesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValidateRulesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValidateRulesRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ValidateRulesRequest;

            /**
             * Creates a plain object from a ValidateRulesRequest message. Also converts values to other types if specified.
             * @param message ValidateRulesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ValidateRulesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValidateRulesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ValidateRulesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RuleProblem. */
        interface IRuleProblem {

            /** RuleProblem file */
            file?: (string|null);

            /** RuleProblem line */
            line?: (number|null);

            /** RuleProblem column */
            column?: (number|null);

            /** RuleProblem message */
            message?: (string|null);

            /** RuleProblem code */
            code?: (string|null);

            /** RuleProblem error */
            error?: (boolean|null);
        }

        /** Represents a RuleProblem. */
        class RuleProblem implements IRuleProblem {

            /**
             * Constructs a new RuleProblem.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IRuleProblem);

            /** RuleProblem file. */
            public file: string;

            /** RuleProblem line. */
            public line: number;

            /** RuleProblem column. */
            public column: number;

            /** RuleProblem message. */
            public message: string;

            /** RuleProblem code. */
            public code: string;

            /** RuleProblem error. */
            public error: boolean;

            /**
             * Creates a new RuleProblem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RuleProblem instance
             */
            public static create(properties?: vigil.v1.IRuleProblem): vigil.v1.RuleProblem;

            /**
             * Encodes the specified RuleProblem message. Does not implicitly {@link vigil.v1.RuleProblem.verify|verify} messages.
             * @param message RuleProblem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IRuleProblem, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RuleProblem message, length delimited. Does not implicitly {@link vigil.v1.RuleProblem.verify|verify} messages.
             * @param message RuleProblem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IRuleProblem, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RuleProblem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RuleProblem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RuleProblem;

            /**
             * Decodes a RuleProblem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RuleProblem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RuleProblem;

            /**
             * Verifies a RuleProblem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RuleProblem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RuleProblem
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.RuleProblem;

            /**
             * Creates a plain object from a RuleProblem message. Also converts values to other types if specified.
             * @param message RuleProblem
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.RuleProblem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RuleProblem to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RuleProblem
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ValidateRulesResponse. */
        interface IValidateRulesResponse {

            /** ValidateRulesResponse valid */
            valid?: (boolean|null);

            /** ValidateRulesResponse problems */
            problems?: (vigil.v1.IRuleProblem[]|null);
        }

        /** Represents a ValidateRulesResponse. */
        class ValidateRulesResponse implements IValidateRulesResponse {

            /**
             * Constructs a new ValidateRulesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IValidateRulesResponse);

            /** ValidateRulesResponse valid. */
            public valid: boolean;

            /** ValidateRulesResponse problems. */
            public problems: vigil.v1.IRuleProblem[];

            /**
             * Creates a new ValidateRulesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidateRulesResponse instance
             */
            public static create(properties?: vigil.v1.IValidateRulesResponse): vigil.v1.ValidateRulesResponse;

            /**
             * Encodes the specified ValidateRulesResponse message. Does not implicitly {@link vigil.v1.ValidateRulesResponse.verify|verify} messages.
             * @param message ValidateRulesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IValidateRulesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidateRulesResponse message, length delimited. Does not implicitly {@link vigil.v1.ValidateRulesResponse.verify|verify} messages.
             * @param message ValidateRulesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IValidateRulesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidateRulesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ValidateRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ValidateRulesResponse;

            /**
             * Decodes a ValidateRulesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ValidateRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ValidateRulesResponse;

            /**
             * Verifies a ValidateRulesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValidateRulesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValidateRulesResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ValidateRulesResponse;

            /**
             * Creates a plain object from a ValidateRulesResponse message. Also converts values to other types if specified.
             * @param message ValidateRulesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ValidateRulesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValidateRulesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ValidateRulesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PutRulesRequest. */
        interface IPutRulesRequest {

            /** PutRulesRequest name */
            name?: (string|null);

            /** PutRulesRequest content */
            content?: (string|null);
        }

        /** Represents a PutRulesRequest. */
        class PutRulesRequest implements IPutRulesRequest {

            /**
             * Constructs a new PutRulesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IPutRulesRequest);

            /** PutRulesRequest name. */
            public name: string;

            /** PutRulesRequest content. */
            public content: string;

            /**
             * Creates a new PutRulesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutRulesRequest instance
             */
            public static create(properties?: vigil.v1.IPutRulesRequest): vigil.v1.PutRulesRequest;

            /**
             * Encodes the specified PutRulesRequest message. Does not implicitly {@link vigil.v1.PutRulesRequest.verify|verify} messages.
             * @param message PutRulesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IPutRulesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PutRulesRequest message, length delimited. Does not implicitly {@link vigil.v1.PutRulesRequest.verify|verify} messages.
             * @param message PutRulesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IPutRulesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutRulesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PutRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.PutRulesRequest;

            /**
             * Decodes a PutRulesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns PutRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.PutRulesRequest;

            /**
             * Verifies a PutRulesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutRulesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutRulesRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.PutRulesRequest;

            /**
             * Creates a plain object from a PutRulesRequest message. Also converts values to other types if specified.
             * @param message PutRulesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.PutRulesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutRulesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PutRulesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PutRulesResponse. */
        interface IPutRulesResponse {

            /** PutRulesResponse rules */
            rules?: (number|null);

            /** PutRulesResponse problems */
            problems?: (vigil.v1.IRuleProblem[]|null);
        }

        /** Represents a PutRulesResponse. */
        class PutRulesResponse implements IPutRulesResponse {

            /**
             * Constructs a new PutRulesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IPutRulesResponse);

            /** PutRulesResponse rules. */
            public rules: number;

            /** PutRulesResponse problems. */
            public problems: vigil.v1.IRuleProblem[];

            /**
             * Creates a new PutRulesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutRulesResponse instance
             */
            public static create(properties?: vigil.v1.IPutRulesResponse): vigil.v1.PutRulesResponse;

            /**
             * Encodes the specified PutRulesResponse message. Does not implicitly {@link vigil.v1.PutRulesResponse.verify|verify} messages.
             * @param message PutRulesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IPutRulesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PutRulesResponse message, length delimited. Does not implicitly {@link vigil.v1.PutRulesResponse.verify|verify} messages.
             * @param message PutRulesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IPutRulesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutRulesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PutRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.PutRulesResponse;

            /**
             * Decodes a PutRulesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns PutRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.PutRulesResponse;

            /**
             * Verifies a PutRulesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutRulesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutRulesResponse
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.PutRulesResponse;

            /**
             * Creates a plain object from a PutRulesResponse message. Also converts values to other types if specified.
             * @param message PutRulesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.PutRulesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutRulesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PutRulesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Event. */
        interface IEvent {

            /** Event id */
            id?: (string|null);

            /** Event sensorId */
            sensorId?: (string|null);

            /** Event host */
            host?: (string|null);

            /** Event timeNs */
            timeNs?: (number|Long|null);

            /** Event monoNs */
            monoNs?: (number|Long|null);

            /** Event seq */
            seq?: (number|Long|null);

            /** Event process */
            process?: (vigil.v1.IProcess|null);

            /** Event container */
            container?: (vigil.v1.IContainer|null);

            /** Event processExec */
            processExec?: (vigil.v1.IProcessExec|null);

            /** Event processFork */
            processFork?: (vigil.v1.IProcessFork|null);

            /** Event processExit */
            processExit?: (vigil.v1.IProcessExit|null);

            /** Event fileOpen */
            fileOpen?: (vigil.v1.IFileOpen|null);

            /** Event fileWrite */
            fileWrite?: (vigil.v1.IFileWrite|null);

            /** Event fileRename */
            fileRename?: (vigil.v1.IFileRename|null);

            /** Event fileUnlink */
            fileUnlink?: (vigil.v1.IFileUnlink|null);

            /** Event fileChmod */
            fileChmod?: (vigil.v1.IFileChmod|null);

            /** Event fileChown */
            fileChown?: (vigil.v1.IFileChown|null);

            /** Event netConnect */
            netConnect?: (vigil.v1.INetConnect|null);

            /** Event netAccept */
            netAccept?: (vigil.v1.INetAccept|null);

            /** Event netListen */
            netListen?: (vigil.v1.INetListen|null);

            /** Event containerLifecycle */
            containerLifecycle?: (vigil.v1.IContainerLifecycle|null);

            /** Event lost */
            lost?: (vigil.v1.ILost|null);

            /** Event sensorStatus */
            sensorStatus?: (vigil.v1.ISensorStatus|null);

            /** Event responseResult */
            responseResult?: (vigil.v1.IResponseResult|null);

            /** Event fileLink */
            fileLink?: (vigil.v1.IFileLink|null);

            /** Event processPtrace */
            processPtrace?: (vigil.v1.IProcessPtrace|null);

            /** Event netSocket */
            netSocket?: (vigil.v1.INetSocket|null);

            /** Event socketDup */
            socketDup?: (vigil.v1.ISocketDup|null);

            /** Event processSetuid */
            processSetuid?: (vigil.v1.IProcessSetuid|null);

            /** Event namespaceChange */
            namespaceChange?: (vigil.v1.INamespaceChange|null);

            /** Event bpfProgramLoad */
            bpfProgramLoad?: (vigil.v1.IBpfProgramLoad|null);

            /** Event fileMkdir */
            fileMkdir?: (vigil.v1.IFileMkdir|null);

            /** Event processSetgid */
            processSetgid?: (vigil.v1.IProcessSetgid|null);
        }

        /** Represents an Event. */
        class Event implements IEvent {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IEvent);

            /** Event id. */
            public id: string;

            /** Event sensorId. */
            public sensorId: string;

            /** Event host. */
            public host: string;

            /** Event timeNs. */
            public timeNs: (number|Long);

            /** Event monoNs. */
            public monoNs: (number|Long);

            /** Event seq. */
            public seq: (number|Long);

            /** Event process. */
            public process?: (vigil.v1.IProcess|null);

            /** Event container. */
            public container?: (vigil.v1.IContainer|null);

            /** Event processExec. */
            public processExec?: (vigil.v1.IProcessExec|null);

            /** Event processFork. */
            public processFork?: (vigil.v1.IProcessFork|null);

            /** Event processExit. */
            public processExit?: (vigil.v1.IProcessExit|null);

            /** Event fileOpen. */
            public fileOpen?: (vigil.v1.IFileOpen|null);

            /** Event fileWrite. */
            public fileWrite?: (vigil.v1.IFileWrite|null);

            /** Event fileRename. */
            public fileRename?: (vigil.v1.IFileRename|null);

            /** Event fileUnlink. */
            public fileUnlink?: (vigil.v1.IFileUnlink|null);

            /** Event fileChmod. */
            public fileChmod?: (vigil.v1.IFileChmod|null);

            /** Event fileChown. */
            public fileChown?: (vigil.v1.IFileChown|null);

            /** Event netConnect. */
            public netConnect?: (vigil.v1.INetConnect|null);

            /** Event netAccept. */
            public netAccept?: (vigil.v1.INetAccept|null);

            /** Event netListen. */
            public netListen?: (vigil.v1.INetListen|null);

            /** Event containerLifecycle. */
            public containerLifecycle?: (vigil.v1.IContainerLifecycle|null);

            /** Event lost. */
            public lost?: (vigil.v1.ILost|null);

            /** Event sensorStatus. */
            public sensorStatus?: (vigil.v1.ISensorStatus|null);

            /** Event responseResult. */
            public responseResult?: (vigil.v1.IResponseResult|null);

            /** Event fileLink. */
            public fileLink?: (vigil.v1.IFileLink|null);

            /** Event processPtrace. */
            public processPtrace?: (vigil.v1.IProcessPtrace|null);

            /** Event netSocket. */
            public netSocket?: (vigil.v1.INetSocket|null);

            /** Event socketDup. */
            public socketDup?: (vigil.v1.ISocketDup|null);

            /** Event processSetuid. */
            public processSetuid?: (vigil.v1.IProcessSetuid|null);

            /** Event namespaceChange. */
            public namespaceChange?: (vigil.v1.INamespaceChange|null);

            /** Event bpfProgramLoad. */
            public bpfProgramLoad?: (vigil.v1.IBpfProgramLoad|null);

            /** Event fileMkdir. */
            public fileMkdir?: (vigil.v1.IFileMkdir|null);

            /** Event processSetgid. */
            public processSetgid?: (vigil.v1.IProcessSetgid|null);

            /** Event payload. */
            public payload?: ("processExec"|"processFork"|"processExit"|"fileOpen"|"fileWrite"|"fileRename"|"fileUnlink"|"fileChmod"|"fileChown"|"netConnect"|"netAccept"|"netListen"|"containerLifecycle"|"lost"|"sensorStatus"|"responseResult"|"fileLink"|"processPtrace"|"netSocket"|"socketDup"|"processSetuid"|"namespaceChange"|"bpfProgramLoad"|"fileMkdir"|"processSetgid");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            public static create(properties?: vigil.v1.IEvent): vigil.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link vigil.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link vigil.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Event;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Event;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Event
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventBatch. */
        interface IEventBatch {

            /** EventBatch events */
            events?: (vigil.v1.IEvent[]|null);
        }

        /** Represents an EventBatch. */
        class EventBatch implements IEventBatch {

            /**
             * Constructs a new EventBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IEventBatch);

            /** EventBatch events. */
            public events: vigil.v1.IEvent[];

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventBatch instance
             */
            public static create(properties?: vigil.v1.IEventBatch): vigil.v1.EventBatch;

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link vigil.v1.EventBatch.verify|verify} messages.
             * @param message EventBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IEventBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventBatch message, length delimited. Does not implicitly {@link vigil.v1.EventBatch.verify|verify} messages.
             * @param message EventBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IEventBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.EventBatch;

            /**
             * Decodes an EventBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.EventBatch;

            /**
             * Verifies an EventBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventBatch
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.EventBatch;

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @param message EventBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventBatch to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventBatch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Process. */
        interface IProcess {

            /** Process pid */
            pid?: (number|null);

            /** Process tid */
            tid?: (number|null);

            /** Process ppid */
            ppid?: (number|null);

            /** Process processUid */
            processUid?: (string|null);

            /** Process exe */
            exe?: (string|null);

            /** Process comm */
            comm?: (string|null);

            /** Process argv */
            argv?: (string[]|null);

            /** Process argvTruncated */
            argvTruncated?: (boolean|null);

            /** Process cwd */
            cwd?: (string|null);

            /** Process uid */
            uid?: (number|null);

            /** Process gid */
            gid?: (number|null);

            /** Process euid */
            euid?: (number|null);

            /** Process egid */
            egid?: (number|null);

            /** Process loginuid */
            loginuid?: (number|null);

            /** Process user */
            user?: (string|null);

            /** Process group */
            group?: (string|null);

            /** Process tty */
            tty?: (number|null);

            /** Process sid */
            sid?: (number|null);

            /** Process startTimeNs */
            startTimeNs?: (number|Long|null);

            /** Process exeSha256 */
            exeSha256?: (string|null);

            /** Process ancestors */
            ancestors?: (vigil.v1.IAncestor[]|null);

            /** Process exited */
            exited?: (boolean|null);

            /** Process caps */
            caps?: (vigil.v1.ICapabilities|null);
        }

        /** Represents a Process. */
        class Process implements IProcess {

            /**
             * Constructs a new Process.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcess);

            /** Process pid. */
            public pid: number;

            /** Process tid. */
            public tid: number;

            /** Process ppid. */
            public ppid: number;

            /** Process processUid. */
            public processUid: string;

            /** Process exe. */
            public exe: string;

            /** Process comm. */
            public comm: string;

            /** Process argv. */
            public argv: string[];

            /** Process argvTruncated. */
            public argvTruncated: boolean;

            /** Process cwd. */
            public cwd: string;

            /** Process uid. */
            public uid: number;

            /** Process gid. */
            public gid: number;

            /** Process euid. */
            public euid: number;

            /** Process egid. */
            public egid: number;

            /** Process loginuid. */
            public loginuid: number;

            /** Process user. */
            public user: string;

            /** Process group. */
            public group: string;

            /** Process tty. */
            public tty: number;

            /** Process sid. */
            public sid: number;

            /** Process startTimeNs. */
            public startTimeNs: (number|Long);

            /** Process exeSha256. */
            public exeSha256: string;

            /** Process ancestors. */
            public ancestors: vigil.v1.IAncestor[];

            /** Process exited. */
            public exited: boolean;

            /** Process caps. */
            public caps?: (vigil.v1.ICapabilities|null);

            /**
             * Creates a new Process instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Process instance
             */
            public static create(properties?: vigil.v1.IProcess): vigil.v1.Process;

            /**
             * Encodes the specified Process message. Does not implicitly {@link vigil.v1.Process.verify|verify} messages.
             * @param message Process message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Process message, length delimited. Does not implicitly {@link vigil.v1.Process.verify|verify} messages.
             * @param message Process message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Process;

            /**
             * Decodes a Process message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Process;

            /**
             * Verifies a Process message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Process message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Process
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Process;

            /**
             * Creates a plain object from a Process message. Also converts values to other types if specified.
             * @param message Process
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Process to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Process
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Capabilities. */
        interface ICapabilities {

            /** Capabilities effective */
            effective?: (number|Long|null);

            /** Capabilities permitted */
            permitted?: (number|Long|null);
        }

        /** Represents a Capabilities. */
        class Capabilities implements ICapabilities {

            /**
             * Constructs a new Capabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ICapabilities);

            /** Capabilities effective. */
            public effective: (number|Long);

            /** Capabilities permitted. */
            public permitted: (number|Long);

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            public static create(properties?: vigil.v1.ICapabilities): vigil.v1.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link vigil.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ICapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link vigil.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ICapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Capabilities;

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Capabilities;

            /**
             * Verifies a Capabilities message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capabilities
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Capabilities;

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @param message Capabilities
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Capabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capabilities to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Capabilities
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Ancestor. */
        interface IAncestor {

            /** Ancestor pid */
            pid?: (number|null);

            /** Ancestor processUid */
            processUid?: (string|null);

            /** Ancestor exe */
            exe?: (string|null);

            /** Ancestor comm */
            comm?: (string|null);

            /** Ancestor argv */
            argv?: (string[]|null);

            /** Ancestor argvTruncated */
            argvTruncated?: (boolean|null);
        }

        /** Represents an Ancestor. */
        class Ancestor implements IAncestor {

            /**
             * Constructs a new Ancestor.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IAncestor);

            /** Ancestor pid. */
            public pid: number;

            /** Ancestor processUid. */
            public processUid: string;

            /** Ancestor exe. */
            public exe: string;

            /** Ancestor comm. */
            public comm: string;

            /** Ancestor argv. */
            public argv: string[];

            /** Ancestor argvTruncated. */
            public argvTruncated: boolean;

            /**
             * Creates a new Ancestor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ancestor instance
             */
            public static create(properties?: vigil.v1.IAncestor): vigil.v1.Ancestor;

            /**
             * Encodes the specified Ancestor message. Does not implicitly {@link vigil.v1.Ancestor.verify|verify} messages.
             * @param message Ancestor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IAncestor, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ancestor message, length delimited. Does not implicitly {@link vigil.v1.Ancestor.verify|verify} messages.
             * @param message Ancestor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IAncestor, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ancestor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Ancestor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Ancestor;

            /**
             * Decodes an Ancestor message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Ancestor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Ancestor;

            /**
             * Verifies an Ancestor message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ancestor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ancestor
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Ancestor;

            /**
             * Creates a plain object from an Ancestor message. Also converts values to other types if specified.
             * @param message Ancestor
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Ancestor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ancestor to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Ancestor
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Container. */
        interface IContainer {

            /** Container id */
            id?: (string|null);

            /** Container name */
            name?: (string|null);

            /** Container image */
            image?: (string|null);

            /** Container runtime */
            runtime?: (string|null);

            /** Container pidNs */
            pidNs?: (number|Long|null);

            /** Container privileged */
            privileged?: (boolean|null);

            /** Container cgroup */
            cgroup?: (string|null);
        }

        /** Represents a Container. */
        class Container implements IContainer {

            /**
             * Constructs a new Container.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IContainer);

            /** Container id. */
            public id: string;

            /** Container name. */
            public name: string;

            /** Container image. */
            public image: string;

            /** Container runtime. */
            public runtime: string;

            /** Container pidNs. */
            public pidNs: (number|Long);

            /** Container privileged. */
            public privileged: boolean;

            /** Container cgroup. */
            public cgroup: string;

            /**
             * Creates a new Container instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Container instance
             */
            public static create(properties?: vigil.v1.IContainer): vigil.v1.Container;

            /**
             * Encodes the specified Container message. Does not implicitly {@link vigil.v1.Container.verify|verify} messages.
             * @param message Container message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IContainer, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Container message, length delimited. Does not implicitly {@link vigil.v1.Container.verify|verify} messages.
             * @param message Container message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IContainer, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Container;

            /**
             * Decodes a Container message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Container;

            /**
             * Verifies a Container message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Container message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Container
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Container;

            /**
             * Creates a plain object from a Container message. Also converts values to other types if specified.
             * @param message Container
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Container, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Container to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Container
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessExec. */
        interface IProcessExec {

            /** ProcessExec filename */
            filename?: (string|null);

            /** ProcessExec argv */
            argv?: (string[]|null);

            /** ProcessExec argvTruncated */
            argvTruncated?: (boolean|null);

            /** ProcessExec oldPid */
            oldPid?: (number|null);

            /** ProcessExec result */
            result?: (number|null);
        }

        /** Represents a ProcessExec. */
        class ProcessExec implements IProcessExec {

            /**
             * Constructs a new ProcessExec.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessExec);

            /** ProcessExec filename. */
            public filename: string;

            /** ProcessExec argv. */
            public argv: string[];

            /** ProcessExec argvTruncated. */
            public argvTruncated: boolean;

            /** ProcessExec oldPid. */
            public oldPid: number;

            /** ProcessExec result. */
            public result: number;

            /**
             * Creates a new ProcessExec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessExec instance
             */
            public static create(properties?: vigil.v1.IProcessExec): vigil.v1.ProcessExec;

            /**
             * Encodes the specified ProcessExec message. Does not implicitly {@link vigil.v1.ProcessExec.verify|verify} messages.
             * @param message ProcessExec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessExec, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessExec message, length delimited. Does not implicitly {@link vigil.v1.ProcessExec.verify|verify} messages.
             * @param message ProcessExec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessExec, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessExec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessExec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessExec;

            /**
             * Decodes a ProcessExec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessExec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessExec;

            /**
             * Verifies a ProcessExec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessExec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessExec
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessExec;

            /**
             * Creates a plain object from a ProcessExec message. Also converts values to other types if specified.
             * @param message ProcessExec
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessExec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessExec to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessExec
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessFork. */
        interface IProcessFork {

            /** ProcessFork childPid */
            childPid?: (number|null);

            /** ProcessFork childTid */
            childTid?: (number|null);

            /** ProcessFork childProcessUid */
            childProcessUid?: (string|null);

            /** ProcessFork isThread */
            isThread?: (boolean|null);
        }

        /** Represents a ProcessFork. */
        class ProcessFork implements IProcessFork {

            /**
             * Constructs a new ProcessFork.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessFork);

            /** ProcessFork childPid. */
            public childPid: number;

            /** ProcessFork childTid. */
            public childTid: number;

            /** ProcessFork childProcessUid. */
            public childProcessUid: string;

            /** ProcessFork isThread. */
            public isThread: boolean;

            /**
             * Creates a new ProcessFork instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessFork instance
             */
            public static create(properties?: vigil.v1.IProcessFork): vigil.v1.ProcessFork;

            /**
             * Encodes the specified ProcessFork message. Does not implicitly {@link vigil.v1.ProcessFork.verify|verify} messages.
             * @param message ProcessFork message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessFork, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessFork message, length delimited. Does not implicitly {@link vigil.v1.ProcessFork.verify|verify} messages.
             * @param message ProcessFork message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessFork, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessFork message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessFork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessFork;

            /**
             * Decodes a ProcessFork message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessFork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessFork;

            /**
             * Verifies a ProcessFork message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessFork message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessFork
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessFork;

            /**
             * Creates a plain object from a ProcessFork message. Also converts values to other types if specified.
             * @param message ProcessFork
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessFork, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessFork to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessFork
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessExit. */
        interface IProcessExit {

            /** ProcessExit code */
            code?: (number|null);

            /** ProcessExit signal */
            signal?: (number|null);

            /** ProcessExit coreDumped */
            coreDumped?: (boolean|null);
        }

        /** Represents a ProcessExit. */
        class ProcessExit implements IProcessExit {

            /**
             * Constructs a new ProcessExit.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessExit);

            /** ProcessExit code. */
            public code?: (number|null);

            /** ProcessExit signal. */
            public signal?: (number|null);

            /** ProcessExit coreDumped. */
            public coreDumped: boolean;

            /**
             * Creates a new ProcessExit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessExit instance
             */
            public static create(properties?: vigil.v1.IProcessExit): vigil.v1.ProcessExit;

            /**
             * Encodes the specified ProcessExit message. Does not implicitly {@link vigil.v1.ProcessExit.verify|verify} messages.
             * @param message ProcessExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessExit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessExit message, length delimited. Does not implicitly {@link vigil.v1.ProcessExit.verify|verify} messages.
             * @param message ProcessExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessExit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessExit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessExit;

            /**
             * Decodes a ProcessExit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessExit;

            /**
             * Verifies a ProcessExit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessExit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessExit
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessExit;

            /**
             * Creates a plain object from a ProcessExit message. Also converts values to other types if specified.
             * @param message ProcessExit
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessExit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessExit to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessExit
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileOpen. */
        interface IFileOpen {

            /** FileOpen path */
            path?: (string|null);

            /** FileOpen flags */
            flags?: (number|null);

            /** FileOpen mode */
            mode?: (number|null);

            /** FileOpen result */
            result?: (number|Long|null);

            /** FileOpen pathTruncated */
            pathTruncated?: (boolean|null);

            /** FileOpen pathRaw */
            pathRaw?: (string|null);
        }

        /** Represents a FileOpen. */
        class FileOpen implements IFileOpen {

            /**
             * Constructs a new FileOpen.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileOpen);

            /** FileOpen path. */
            public path: string;

            /** FileOpen flags. */
            public flags: number;

            /** FileOpen mode. */
            public mode: number;

            /** FileOpen result. */
            public result: (number|Long);

            /** FileOpen pathTruncated. */
            public pathTruncated: boolean;

            /** FileOpen pathRaw. */
            public pathRaw: string;

            /**
             * Creates a new FileOpen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileOpen instance
             */
            public static create(properties?: vigil.v1.IFileOpen): vigil.v1.FileOpen;

            /**
             * Encodes the specified FileOpen message. Does not implicitly {@link vigil.v1.FileOpen.verify|verify} messages.
             * @param message FileOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileOpen, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileOpen message, length delimited. Does not implicitly {@link vigil.v1.FileOpen.verify|verify} messages.
             * @param message FileOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileOpen, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileOpen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileOpen;

            /**
             * Decodes a FileOpen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileOpen;

            /**
             * Verifies a FileOpen message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileOpen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileOpen
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileOpen;

            /**
             * Creates a plain object from a FileOpen message. Also converts values to other types if specified.
             * @param message FileOpen
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileOpen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileOpen to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileOpen
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileWrite. */
        interface IFileWrite {

            /** FileWrite path */
            path?: (string|null);

            /** FileWrite result */
            result?: (number|Long|null);
        }

        /** Represents a FileWrite. */
        class FileWrite implements IFileWrite {

            /**
             * Constructs a new FileWrite.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileWrite);

            /** FileWrite path. */
            public path: string;

            /** FileWrite result. */
            public result: (number|Long);

            /**
             * Creates a new FileWrite instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileWrite instance
             */
            public static create(properties?: vigil.v1.IFileWrite): vigil.v1.FileWrite;

            /**
             * Encodes the specified FileWrite message. Does not implicitly {@link vigil.v1.FileWrite.verify|verify} messages.
             * @param message FileWrite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileWrite, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileWrite message, length delimited. Does not implicitly {@link vigil.v1.FileWrite.verify|verify} messages.
             * @param message FileWrite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileWrite, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileWrite message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileWrite;

            /**
             * Decodes a FileWrite message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileWrite;

            /**
             * Verifies a FileWrite message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileWrite message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileWrite
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileWrite;

            /**
             * Creates a plain object from a FileWrite message. Also converts values to other types if specified.
             * @param message FileWrite
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileWrite, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileWrite to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileWrite
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileRename. */
        interface IFileRename {

            /** FileRename oldPath */
            oldPath?: (string|null);

            /** FileRename newPath */
            newPath?: (string|null);

            /** FileRename result */
            result?: (number|null);

            /** FileRename oldPathTruncated */
            oldPathTruncated?: (boolean|null);

            /** FileRename newPathTruncated */
            newPathTruncated?: (boolean|null);
        }

        /** Represents a FileRename. */
        class FileRename implements IFileRename {

            /**
             * Constructs a new FileRename.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileRename);

            /** FileRename oldPath. */
            public oldPath: string;

            /** FileRename newPath. */
            public newPath: string;

            /** FileRename result. */
            public result: number;

            /** FileRename oldPathTruncated. */
            public oldPathTruncated: boolean;

            /** FileRename newPathTruncated. */
            public newPathTruncated: boolean;

            /**
             * Creates a new FileRename instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileRename instance
             */
            public static create(properties?: vigil.v1.IFileRename): vigil.v1.FileRename;

            /**
             * Encodes the specified FileRename message. Does not implicitly {@link vigil.v1.FileRename.verify|verify} messages.
             * @param message FileRename message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileRename, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileRename message, length delimited. Does not implicitly {@link vigil.v1.FileRename.verify|verify} messages.
             * @param message FileRename message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileRename, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileRename message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileRename
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileRename;

            /**
             * Decodes a FileRename message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileRename
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileRename;

            /**
             * Verifies a FileRename message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileRename message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileRename
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileRename;

            /**
             * Creates a plain object from a FileRename message. Also converts values to other types if specified.
             * @param message FileRename
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileRename, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileRename to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileRename
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileLink. */
        interface IFileLink {

            /** FileLink linkPath */
            linkPath?: (string|null);

            /** FileLink target */
            target?: (string|null);

            /** FileLink hard */
            hard?: (boolean|null);

            /** FileLink result */
            result?: (number|null);

            /** FileLink linkPathTruncated */
            linkPathTruncated?: (boolean|null);

            /** FileLink targetTruncated */
            targetTruncated?: (boolean|null);
        }

        /** Represents a FileLink. */
        class FileLink implements IFileLink {

            /**
             * Constructs a new FileLink.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileLink);

            /** FileLink linkPath. */
            public linkPath: string;

            /** FileLink target. */
            public target: string;

            /** FileLink hard. */
            public hard: boolean;

            /** FileLink result. */
            public result: number;

            /** FileLink linkPathTruncated. */
            public linkPathTruncated: boolean;

            /** FileLink targetTruncated. */
            public targetTruncated: boolean;

            /**
             * Creates a new FileLink instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileLink instance
             */
            public static create(properties?: vigil.v1.IFileLink): vigil.v1.FileLink;

            /**
             * Encodes the specified FileLink message. Does not implicitly {@link vigil.v1.FileLink.verify|verify} messages.
             * @param message FileLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileLink, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileLink message, length delimited. Does not implicitly {@link vigil.v1.FileLink.verify|verify} messages.
             * @param message FileLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileLink, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileLink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileLink;

            /**
             * Decodes a FileLink message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileLink;

            /**
             * Verifies a FileLink message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileLink message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileLink
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileLink;

            /**
             * Creates a plain object from a FileLink message. Also converts values to other types if specified.
             * @param message FileLink
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileLink, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileLink to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileLink
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessPtrace. */
        interface IProcessPtrace {

            /** ProcessPtrace request */
            request?: (number|null);

            /** ProcessPtrace targetPid */
            targetPid?: (number|null);

            /** ProcessPtrace result */
            result?: (number|null);
        }

        /** Represents a ProcessPtrace. */
        class ProcessPtrace implements IProcessPtrace {

            /**
             * Constructs a new ProcessPtrace.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessPtrace);

            /** ProcessPtrace request. */
            public request: number;

            /** ProcessPtrace targetPid. */
            public targetPid: number;

            /** ProcessPtrace result. */
            public result: number;

            /**
             * Creates a new ProcessPtrace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessPtrace instance
             */
            public static create(properties?: vigil.v1.IProcessPtrace): vigil.v1.ProcessPtrace;

            /**
             * Encodes the specified ProcessPtrace message. Does not implicitly {@link vigil.v1.ProcessPtrace.verify|verify} messages.
             * @param message ProcessPtrace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessPtrace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessPtrace message, length delimited. Does not implicitly {@link vigil.v1.ProcessPtrace.verify|verify} messages.
             * @param message ProcessPtrace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessPtrace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessPtrace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessPtrace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessPtrace;

            /**
             * Decodes a ProcessPtrace message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessPtrace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessPtrace;

            /**
             * Verifies a ProcessPtrace message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessPtrace message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessPtrace
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessPtrace;

            /**
             * Creates a plain object from a ProcessPtrace message. Also converts values to other types if specified.
             * @param message ProcessPtrace
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessPtrace, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessPtrace to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessPtrace
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NetSocket. */
        interface INetSocket {

            /** NetSocket domain */
            domain?: (number|null);

            /** NetSocket type */
            type?: (number|null);

            /** NetSocket protocol */
            protocol?: (number|null);

            /** NetSocket result */
            result?: (number|null);
        }

        /** Represents a NetSocket. */
        class NetSocket implements INetSocket {

            /**
             * Constructs a new NetSocket.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.INetSocket);

            /** NetSocket domain. */
            public domain: number;

            /** NetSocket type. */
            public type: number;

            /** NetSocket protocol. */
            public protocol: number;

            /** NetSocket result. */
            public result: number;

            /**
             * Creates a new NetSocket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetSocket instance
             */
            public static create(properties?: vigil.v1.INetSocket): vigil.v1.NetSocket;

            /**
             * Encodes the specified NetSocket message. Does not implicitly {@link vigil.v1.NetSocket.verify|verify} messages.
             * @param message NetSocket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.INetSocket, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetSocket message, length delimited. Does not implicitly {@link vigil.v1.NetSocket.verify|verify} messages.
             * @param message NetSocket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.INetSocket, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetSocket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NetSocket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetSocket;

            /**
             * Decodes a NetSocket message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns NetSocket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.NetSocket;

            /**
             * Verifies a NetSocket message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetSocket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetSocket
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.NetSocket;

            /**
             * Creates a plain object from a NetSocket message. Also converts values to other types if specified.
             * @param message NetSocket
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.NetSocket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetSocket to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for NetSocket
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SocketDup. */
        interface ISocketDup {

            /** SocketDup call */
            call?: (vigil.v1.DupCall|null);

            /** SocketDup result */
            result?: (number|null);

            /** SocketDup family */
            family?: (vigil.v1.AddressFamily|null);

            /** SocketDup protocol */
            protocol?: (vigil.v1.TransportProtocol|null);

            /** SocketDup local */
            local?: (vigil.v1.IEndpoint|null);

            /** SocketDup remote */
            remote?: (vigil.v1.IEndpoint|null);
        }

        /** Represents a SocketDup. */
        class SocketDup implements ISocketDup {

            /**
             * Constructs a new SocketDup.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ISocketDup);

            /** SocketDup call. */
            public call: vigil.v1.DupCall;

            /** SocketDup result. */
            public result: number;

            /** SocketDup family. */
            public family: vigil.v1.AddressFamily;

            /** SocketDup protocol. */
            public protocol: vigil.v1.TransportProtocol;

            /** SocketDup local. */
            public local?: (vigil.v1.IEndpoint|null);

            /** SocketDup remote. */
            public remote?: (vigil.v1.IEndpoint|null);

            /**
             * Creates a new SocketDup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SocketDup instance
             */
            public static create(properties?: vigil.v1.ISocketDup): vigil.v1.SocketDup;

            /**
             * Encodes the specified SocketDup message. Does not implicitly {@link vigil.v1.SocketDup.verify|verify} messages.
             * @param message SocketDup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ISocketDup, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SocketDup message, length delimited. Does not implicitly {@link vigil.v1.SocketDup.verify|verify} messages.
             * @param message SocketDup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ISocketDup, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SocketDup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SocketDup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SocketDup;

            /**
             * Decodes a SocketDup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SocketDup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SocketDup;

            /**
             * Verifies a SocketDup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SocketDup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SocketDup
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.SocketDup;

            /**
             * Creates a plain object from a SocketDup message. Also converts values to other types if specified.
             * @param message SocketDup
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.SocketDup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SocketDup to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SocketDup
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** DupCall enum. */
        enum DupCall {
            DUP_CALL_UNSPECIFIED = 0,
            DUP_CALL_DUP = 1,
            DUP_CALL_DUP2 = 2,
            DUP_CALL_DUP3 = 3
        }

        /** Properties of a ProcessSetuid. */
        interface IProcessSetuid {

            /** ProcessSetuid uid */
            uid?: (number|null);

            /** ProcessSetuid user */
            user?: (string|null);

            /** ProcessSetuid result */
            result?: (number|null);

            /** ProcessSetuid call */
            call?: (vigil.v1.SetidCall|null);

            /** ProcessSetuid ruid */
            ruid?: (number|null);

            /** ProcessSetuid suid */
            suid?: (number|null);
        }

        /** Represents a ProcessSetuid. */
        class ProcessSetuid implements IProcessSetuid {

            /**
             * Constructs a new ProcessSetuid.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessSetuid);

            /** ProcessSetuid uid. */
            public uid: number;

            /** ProcessSetuid user. */
            public user: string;

            /** ProcessSetuid result. */
            public result: number;

            /** ProcessSetuid call. */
            public call: vigil.v1.SetidCall;

            /** ProcessSetuid ruid. */
            public ruid?: (number|null);

            /** ProcessSetuid suid. */
            public suid?: (number|null);

            /**
             * Creates a new ProcessSetuid instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessSetuid instance
             */
            public static create(properties?: vigil.v1.IProcessSetuid): vigil.v1.ProcessSetuid;

            /**
             * Encodes the specified ProcessSetuid message. Does not implicitly {@link vigil.v1.ProcessSetuid.verify|verify} messages.
             * @param message ProcessSetuid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessSetuid, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessSetuid message, length delimited. Does not implicitly {@link vigil.v1.ProcessSetuid.verify|verify} messages.
             * @param message ProcessSetuid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessSetuid, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessSetuid message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessSetuid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessSetuid;

            /**
             * Decodes a ProcessSetuid message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessSetuid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessSetuid;

            /**
             * Verifies a ProcessSetuid message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessSetuid message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessSetuid
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessSetuid;

            /**
             * Creates a plain object from a ProcessSetuid message. Also converts values to other types if specified.
             * @param message ProcessSetuid
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessSetuid, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessSetuid to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessSetuid
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ProcessSetgid. */
        interface IProcessSetgid {

            /** ProcessSetgid gid */
            gid?: (number|null);

            /** ProcessSetgid group */
            group?: (string|null);

            /** ProcessSetgid result */
            result?: (number|null);

            /** ProcessSetgid call */
            call?: (vigil.v1.SetidCall|null);

            /** ProcessSetgid rgid */
            rgid?: (number|null);

            /** ProcessSetgid sgid */
            sgid?: (number|null);
        }

        /** Represents a ProcessSetgid. */
        class ProcessSetgid implements IProcessSetgid {

            /**
             * Constructs a new ProcessSetgid.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IProcessSetgid);

            /** ProcessSetgid gid. */
            public gid: number;

            /** ProcessSetgid group. */
            public group: string;

            /** ProcessSetgid result. */
            public result: number;

            /** ProcessSetgid call. */
            public call: vigil.v1.SetidCall;

            /** ProcessSetgid rgid. */
            public rgid?: (number|null);

            /** ProcessSetgid sgid. */
            public sgid?: (number|null);

            /**
             * Creates a new ProcessSetgid instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessSetgid instance
             */
            public static create(properties?: vigil.v1.IProcessSetgid): vigil.v1.ProcessSetgid;

            /**
             * Encodes the specified ProcessSetgid message. Does not implicitly {@link vigil.v1.ProcessSetgid.verify|verify} messages.
             * @param message ProcessSetgid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IProcessSetgid, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProcessSetgid message, length delimited. Does not implicitly {@link vigil.v1.ProcessSetgid.verify|verify} messages.
             * @param message ProcessSetgid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IProcessSetgid, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessSetgid message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ProcessSetgid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessSetgid;

            /**
             * Decodes a ProcessSetgid message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ProcessSetgid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ProcessSetgid;

            /**
             * Verifies a ProcessSetgid message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProcessSetgid message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessSetgid
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ProcessSetgid;

            /**
             * Creates a plain object from a ProcessSetgid message. Also converts values to other types if specified.
             * @param message ProcessSetgid
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ProcessSetgid, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessSetgid to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ProcessSetgid
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** SetidCall enum. */
        enum SetidCall {
            SETID_CALL_UNSPECIFIED = 0,
            SETID_CALL_SETUID = 1,
            SETID_CALL_SETREUID = 2,
            SETID_CALL_SETRESUID = 3,
            SETID_CALL_SETGID = 4,
            SETID_CALL_SETREGID = 5,
            SETID_CALL_SETRESGID = 6
        }

        /** Properties of a NamespaceChange. */
        interface INamespaceChange {

            /** NamespaceChange call */
            call?: (vigil.v1.NamespaceCall|null);

            /** NamespaceChange flags */
            flags?: (number|null);

            /** NamespaceChange fd */
            fd?: (number|null);

            /** NamespaceChange result */
            result?: (number|null);
        }

        /** Represents a NamespaceChange. */
        class NamespaceChange implements INamespaceChange {

            /**
             * Constructs a new NamespaceChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.INamespaceChange);

            /** NamespaceChange call. */
            public call: vigil.v1.NamespaceCall;

            /** NamespaceChange flags. */
            public flags: number;

            /** NamespaceChange fd. */
            public fd: number;

            /** NamespaceChange result. */
            public result: number;

            /**
             * Creates a new NamespaceChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamespaceChange instance
             */
            public static create(properties?: vigil.v1.INamespaceChange): vigil.v1.NamespaceChange;

            /**
             * Encodes the specified NamespaceChange message. Does not implicitly {@link vigil.v1.NamespaceChange.verify|verify} messages.
             * @param message NamespaceChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.INamespaceChange, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NamespaceChange message, length delimited. Does not implicitly {@link vigil.v1.NamespaceChange.verify|verify} messages.
             * @param message NamespaceChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.INamespaceChange, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamespaceChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NamespaceChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NamespaceChange;

            /**
             * Decodes a NamespaceChange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns NamespaceChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.NamespaceChange;

            /**
             * Verifies a NamespaceChange message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NamespaceChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NamespaceChange
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.NamespaceChange;

            /**
             * Creates a plain object from a NamespaceChange message. Also converts values to other types if specified.
             * @param message NamespaceChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.NamespaceChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NamespaceChange to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for NamespaceChange
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** NamespaceCall enum. */
        enum NamespaceCall {
            NAMESPACE_CALL_UNSPECIFIED = 0,
            NAMESPACE_CALL_SETNS = 1,
            NAMESPACE_CALL_UNSHARE = 2
        }

        /** Properties of a BpfProgramLoad. */
        interface IBpfProgramLoad {

            /** BpfProgramLoad progType */
            progType?: (number|null);

            /** BpfProgramLoad progName */
            progName?: (string|null);

            /** BpfProgramLoad result */
            result?: (number|null);
        }

        /** Represents a BpfProgramLoad. */
        class BpfProgramLoad implements IBpfProgramLoad {

            /**
             * Constructs a new BpfProgramLoad.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IBpfProgramLoad);

            /** BpfProgramLoad progType. */
            public progType: number;

            /** BpfProgramLoad progName. */
            public progName: string;

            /** BpfProgramLoad result. */
            public result: number;

            /**
             * Creates a new BpfProgramLoad instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BpfProgramLoad instance
             */
            public static create(properties?: vigil.v1.IBpfProgramLoad): vigil.v1.BpfProgramLoad;

            /**
             * Encodes the specified BpfProgramLoad message. Does not implicitly {@link vigil.v1.BpfProgramLoad.verify|verify} messages.
             * @param message BpfProgramLoad message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IBpfProgramLoad, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BpfProgramLoad message, length delimited. Does not implicitly {@link vigil.v1.BpfProgramLoad.verify|verify} messages.
             * @param message BpfProgramLoad message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IBpfProgramLoad, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BpfProgramLoad message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BpfProgramLoad
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.BpfProgramLoad;

            /**
             * Decodes a BpfProgramLoad message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns BpfProgramLoad
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.BpfProgramLoad;

            /**
             * Verifies a BpfProgramLoad message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BpfProgramLoad message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BpfProgramLoad
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.BpfProgramLoad;

            /**
             * Creates a plain object from a BpfProgramLoad message. Also converts values to other types if specified.
             * @param message BpfProgramLoad
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.BpfProgramLoad, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BpfProgramLoad to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for BpfProgramLoad
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileMkdir. */
        interface IFileMkdir {

            /** FileMkdir path */
            path?: (string|null);

            /** FileMkdir mode */
            mode?: (number|null);

            /** FileMkdir result */
            result?: (number|null);

            /** FileMkdir pathTruncated */
            pathTruncated?: (boolean|null);
        }

        /** Represents a FileMkdir. */
        class FileMkdir implements IFileMkdir {

            /**
             * Constructs a new FileMkdir.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileMkdir);

            /** FileMkdir path. */
            public path: string;

            /** FileMkdir mode. */
            public mode: number;

            /** FileMkdir result. */
            public result: number;

            /** FileMkdir pathTruncated. */
            public pathTruncated: boolean;

            /**
             * Creates a new FileMkdir instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileMkdir instance
             */
            public static create(properties?: vigil.v1.IFileMkdir): vigil.v1.FileMkdir;

            /**
             * Encodes the specified FileMkdir message. Does not implicitly {@link vigil.v1.FileMkdir.verify|verify} messages.
             * @param message FileMkdir message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileMkdir, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileMkdir message, length delimited. Does not implicitly {@link vigil.v1.FileMkdir.verify|verify} messages.
             * @param message FileMkdir message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileMkdir, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileMkdir message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileMkdir
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileMkdir;

            /**
             * Decodes a FileMkdir message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileMkdir
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileMkdir;

            /**
             * Verifies a FileMkdir message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileMkdir message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileMkdir
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileMkdir;

            /**
             * Creates a plain object from a FileMkdir message. Also converts values to other types if specified.
             * @param message FileMkdir
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileMkdir, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileMkdir to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileMkdir
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileUnlink. */
        interface IFileUnlink {

            /** FileUnlink path */
            path?: (string|null);

            /** FileUnlink isDir */
            isDir?: (boolean|null);

            /** FileUnlink result */
            result?: (number|null);

            /** FileUnlink pathTruncated */
            pathTruncated?: (boolean|null);
        }

        /** Represents a FileUnlink. */
        class FileUnlink implements IFileUnlink {

            /**
             * Constructs a new FileUnlink.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileUnlink);

            /** FileUnlink path. */
            public path: string;

            /** FileUnlink isDir. */
            public isDir: boolean;

            /** FileUnlink result. */
            public result: number;

            /** FileUnlink pathTruncated. */
            public pathTruncated: boolean;

            /**
             * Creates a new FileUnlink instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileUnlink instance
             */
            public static create(properties?: vigil.v1.IFileUnlink): vigil.v1.FileUnlink;

            /**
             * Encodes the specified FileUnlink message. Does not implicitly {@link vigil.v1.FileUnlink.verify|verify} messages.
             * @param message FileUnlink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileUnlink, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileUnlink message, length delimited. Does not implicitly {@link vigil.v1.FileUnlink.verify|verify} messages.
             * @param message FileUnlink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileUnlink, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileUnlink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileUnlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileUnlink;

            /**
             * Decodes a FileUnlink message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileUnlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileUnlink;

            /**
             * Verifies a FileUnlink message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileUnlink message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileUnlink
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileUnlink;

            /**
             * Creates a plain object from a FileUnlink message. Also converts values to other types if specified.
             * @param message FileUnlink
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileUnlink, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileUnlink to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileUnlink
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileChmod. */
        interface IFileChmod {

            /** FileChmod path */
            path?: (string|null);

            /** FileChmod mode */
            mode?: (number|null);

            /** FileChmod result */
            result?: (number|null);

            /** FileChmod pathTruncated */
            pathTruncated?: (boolean|null);
        }

        /** Represents a FileChmod. */
        class FileChmod implements IFileChmod {

            /**
             * Constructs a new FileChmod.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileChmod);

            /** FileChmod path. */
            public path: string;

            /** FileChmod mode. */
            public mode: number;

            /** FileChmod result. */
            public result: number;

            /** FileChmod pathTruncated. */
            public pathTruncated: boolean;

            /**
             * Creates a new FileChmod instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileChmod instance
             */
            public static create(properties?: vigil.v1.IFileChmod): vigil.v1.FileChmod;

            /**
             * Encodes the specified FileChmod message. Does not implicitly {@link vigil.v1.FileChmod.verify|verify} messages.
             * @param message FileChmod message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileChmod, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileChmod message, length delimited. Does not implicitly {@link vigil.v1.FileChmod.verify|verify} messages.
             * @param message FileChmod message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileChmod, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileChmod message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileChmod
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileChmod;

            /**
             * Decodes a FileChmod message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileChmod
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileChmod;

            /**
             * Verifies a FileChmod message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileChmod message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileChmod
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileChmod;

            /**
             * Creates a plain object from a FileChmod message. Also converts values to other types if specified.
             * @param message FileChmod
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileChmod, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileChmod to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileChmod
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileChown. */
        interface IFileChown {

            /** FileChown path */
            path?: (string|null);

            /** FileChown uid */
            uid?: (number|null);

            /** FileChown gid */
            gid?: (number|null);

            /** FileChown result */
            result?: (number|null);

            /** FileChown pathTruncated */
            pathTruncated?: (boolean|null);
        }

        /** Represents a FileChown. */
        class FileChown implements IFileChown {

            /**
             * Constructs a new FileChown.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IFileChown);

            /** FileChown path. */
            public path: string;

            /** FileChown uid. */
            public uid: number;

            /** FileChown gid. */
            public gid: number;

            /** FileChown result. */
            public result: number;

            /** FileChown pathTruncated. */
            public pathTruncated: boolean;

            /**
             * Creates a new FileChown instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileChown instance
             */
            public static create(properties?: vigil.v1.IFileChown): vigil.v1.FileChown;

            /**
             * Encodes the specified FileChown message. Does not implicitly {@link vigil.v1.FileChown.verify|verify} messages.
             * @param message FileChown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IFileChown, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileChown message, length delimited. Does not implicitly {@link vigil.v1.FileChown.verify|verify} messages.
             * @param message FileChown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IFileChown, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileChown message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileChown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileChown;

            /**
             * Decodes a FileChown message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileChown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.FileChown;

            /**
             * Verifies a FileChown message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileChown message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileChown
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.FileChown;

            /**
             * Creates a plain object from a FileChown message. Also converts values to other types if specified.
             * @param message FileChown
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.FileChown, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileChown to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileChown
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** AddressFamily enum. */
        enum AddressFamily {
            ADDRESS_FAMILY_UNSPECIFIED = 0,
            ADDRESS_FAMILY_INET = 1,
            ADDRESS_FAMILY_INET6 = 2,
            ADDRESS_FAMILY_UNIX = 3
        }

        /** TransportProtocol enum. */
        enum TransportProtocol {
            TRANSPORT_PROTOCOL_UNSPECIFIED = 0,
            TRANSPORT_PROTOCOL_TCP = 1,
            TRANSPORT_PROTOCOL_UDP = 2,
            TRANSPORT_PROTOCOL_RAW = 3
        }

        /** Properties of an Endpoint. */
        interface IEndpoint {

            /** Endpoint address */
            address?: (string|null);

            /** Endpoint port */
            port?: (number|null);
        }

        /** Represents an Endpoint. */
        class Endpoint implements IEndpoint {

            /**
             * Constructs a new Endpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IEndpoint);

            /** Endpoint address. */
            public address: string;

            /** Endpoint port. */
            public port: number;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoint instance
             */
            public static create(properties?: vigil.v1.IEndpoint): vigil.v1.Endpoint;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link vigil.v1.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IEndpoint, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Endpoint message, length delimited. Does not implicitly {@link vigil.v1.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IEndpoint, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Endpoint;

            /**
             * Decodes an Endpoint message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Endpoint;

            /**
             * Verifies an Endpoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Endpoint
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Endpoint;

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @param message Endpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Endpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Endpoint to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Endpoint
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NetConnect. */
        interface INetConnect {

            /** NetConnect family */
            family?: (vigil.v1.AddressFamily|null);

            /** NetConnect protocol */
            protocol?: (vigil.v1.TransportProtocol|null);

            /** NetConnect local */
            local?: (vigil.v1.IEndpoint|null);

            /** NetConnect remote */
            remote?: (vigil.v1.IEndpoint|null);

            /** NetConnect result */
            result?: (number|null);
        }

        /** Represents a NetConnect. */
        class NetConnect implements INetConnect {

            /**
             * Constructs a new NetConnect.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.INetConnect);

            /** NetConnect family. */
            public family: vigil.v1.AddressFamily;

            /** NetConnect protocol. */
            public protocol: vigil.v1.TransportProtocol;

            /** NetConnect local. */
            public local?: (vigil.v1.IEndpoint|null);

            /** NetConnect remote. */
            public remote?: (vigil.v1.IEndpoint|null);

            /** NetConnect result. */
            public result: number;

            /**
             * Creates a new NetConnect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetConnect instance
             */
            public static create(properties?: vigil.v1.INetConnect): vigil.v1.NetConnect;

            /**
             * Encodes the specified NetConnect message. Does not implicitly {@link vigil.v1.NetConnect.verify|verify} messages.
             * @param message NetConnect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.INetConnect, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetConnect message, length delimited. Does not implicitly {@link vigil.v1.NetConnect.verify|verify} messages.
             * @param message NetConnect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.INetConnect, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetConnect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NetConnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetConnect;

            /**
             * Decodes a NetConnect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns NetConnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.NetConnect;

            /**
             * Verifies a NetConnect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetConnect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetConnect
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.NetConnect;

            /**
             * Creates a plain object from a NetConnect message. Also converts values to other types if specified.
             * @param message NetConnect
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.NetConnect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetConnect to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for NetConnect
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NetAccept. */
        interface INetAccept {

            /** NetAccept family */
            family?: (vigil.v1.AddressFamily|null);

            /** NetAccept protocol */
            protocol?: (vigil.v1.TransportProtocol|null);

            /** NetAccept local */
            local?: (vigil.v1.IEndpoint|null);

            /** NetAccept remote */
            remote?: (vigil.v1.IEndpoint|null);

            /** NetAccept result */
            result?: (number|null);
        }

        /** Represents a NetAccept. */
        class NetAccept implements INetAccept {

            /**
             * Constructs a new NetAccept.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.INetAccept);

            /** NetAccept family. */
            public family: vigil.v1.AddressFamily;

            /** NetAccept protocol. */
            public protocol: vigil.v1.TransportProtocol;

            /** NetAccept local. */
            public local?: (vigil.v1.IEndpoint|null);

            /** NetAccept remote. */
            public remote?: (vigil.v1.IEndpoint|null);

            /** NetAccept result. */
            public result: number;

            /**
             * Creates a new NetAccept instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetAccept instance
             */
            public static create(properties?: vigil.v1.INetAccept): vigil.v1.NetAccept;

            /**
             * Encodes the specified NetAccept message. Does not implicitly {@link vigil.v1.NetAccept.verify|verify} messages.
             * @param message NetAccept message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.INetAccept, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetAccept message, length delimited. Does not implicitly {@link vigil.v1.NetAccept.verify|verify} messages.
             * @param message NetAccept message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.INetAccept, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetAccept message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NetAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetAccept;

            /**
             * Decodes a NetAccept message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns NetAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.NetAccept;

            /**
             * Verifies a NetAccept message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetAccept message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetAccept
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.NetAccept;

            /**
             * Creates a plain object from a NetAccept message. Also converts values to other types if specified.
             * @param message NetAccept
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.NetAccept, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetAccept to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for NetAccept
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NetListen. */
        interface INetListen {

            /** NetListen family */
            family?: (vigil.v1.AddressFamily|null);

            /** NetListen protocol */
            protocol?: (vigil.v1.TransportProtocol|null);

            /** NetListen local */
            local?: (vigil.v1.IEndpoint|null);

            /** NetListen backlog */
            backlog?: (number|null);

            /** NetListen result */
            result?: (number|null);
        }

        /** Represents a NetListen. */
        class NetListen implements INetListen {

            /**
             * Constructs a new NetListen.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.INetListen);

            /** NetListen family. */
            public family: vigil.v1.AddressFamily;

            /** NetListen protocol. */
            public protocol: vigil.v1.TransportProtocol;

            /** NetListen local. */
            public local?: (vigil.v1.IEndpoint|null);

            /** NetListen backlog. */
            public backlog: number;

            /** NetListen result. */
            public result: number;

            /**
             * Creates a new NetListen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetListen instance
             */
            public static create(properties?: vigil.v1.INetListen): vigil.v1.NetListen;

            /**
             * Encodes the specified NetListen message. Does not implicitly {@link vigil.v1.NetListen.verify|verify} messages.
             * @param message NetListen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.INetListen, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetListen message, length delimited. Does not implicitly {@link vigil.v1.NetListen.verify|verify} messages.
             * @param message NetListen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.INetListen, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetListen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NetListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetListen;

            /**
             * Decodes a NetListen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns NetListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.NetListen;

            /**
             * Verifies a NetListen message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetListen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetListen
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.NetListen;

            /**
             * Creates a plain object from a NetListen message. Also converts values to other types if specified.
             * @param message NetListen
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.NetListen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetListen to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for NetListen
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** ContainerState enum. */
        enum ContainerState {
            CONTAINER_STATE_UNSPECIFIED = 0,
            CONTAINER_STATE_CREATED = 1,
            CONTAINER_STATE_RUNNING = 2,
            CONTAINER_STATE_EXITED = 3,
            CONTAINER_STATE_DESTROYED = 4
        }

        /** Properties of a ContainerLifecycle. */
        interface IContainerLifecycle {

            /** ContainerLifecycle state */
            state?: (vigil.v1.ContainerState|null);
        }

        /** Represents a ContainerLifecycle. */
        class ContainerLifecycle implements IContainerLifecycle {

            /**
             * Constructs a new ContainerLifecycle.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IContainerLifecycle);

            /** ContainerLifecycle state. */
            public state: vigil.v1.ContainerState;

            /**
             * Creates a new ContainerLifecycle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerLifecycle instance
             */
            public static create(properties?: vigil.v1.IContainerLifecycle): vigil.v1.ContainerLifecycle;

            /**
             * Encodes the specified ContainerLifecycle message. Does not implicitly {@link vigil.v1.ContainerLifecycle.verify|verify} messages.
             * @param message ContainerLifecycle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IContainerLifecycle, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContainerLifecycle message, length delimited. Does not implicitly {@link vigil.v1.ContainerLifecycle.verify|verify} messages.
             * @param message ContainerLifecycle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IContainerLifecycle, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerLifecycle message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ContainerLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ContainerLifecycle;

            /**
             * Decodes a ContainerLifecycle message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ContainerLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ContainerLifecycle;

            /**
             * Verifies a ContainerLifecycle message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContainerLifecycle message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContainerLifecycle
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ContainerLifecycle;

            /**
             * Creates a plain object from a ContainerLifecycle message. Also converts values to other types if specified.
             * @param message ContainerLifecycle
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ContainerLifecycle, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerLifecycle to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ContainerLifecycle
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** LossReason enum. */
        enum LossReason {
            LOSS_REASON_UNSPECIFIED = 0,
            LOSS_REASON_KERNEL_OVERRUN = 1,
            LOSS_REASON_QUEUE_FULL = 2,
            LOSS_REASON_BACKPRESSURE = 3,
            LOSS_REASON_CPU_BUDGET = 4,
            LOSS_REASON_MEMORY_BUDGET = 5,
            LOSS_REASON_DECODE_ERROR = 6,
            LOSS_REASON_PUBLISH_FAILED = 7
        }

        /** Properties of a KindCount. */
        interface IKindCount {

            /** KindCount kind */
            kind?: (string|null);

            /** KindCount count */
            count?: (number|Long|null);
        }

        /** Represents a KindCount. */
        class KindCount implements IKindCount {

            /**
             * Constructs a new KindCount.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IKindCount);

            /** KindCount kind. */
            public kind: string;

            /** KindCount count. */
            public count: (number|Long);

            /**
             * Creates a new KindCount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KindCount instance
             */
            public static create(properties?: vigil.v1.IKindCount): vigil.v1.KindCount;

            /**
             * Encodes the specified KindCount message. Does not implicitly {@link vigil.v1.KindCount.verify|verify} messages.
             * @param message KindCount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IKindCount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KindCount message, length delimited. Does not implicitly {@link vigil.v1.KindCount.verify|verify} messages.
             * @param message KindCount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IKindCount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KindCount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns KindCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.KindCount;

            /**
             * Decodes a KindCount message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns KindCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.KindCount;

            /**
             * Verifies a KindCount message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KindCount message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KindCount
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.KindCount;

            /**
             * Creates a plain object from a KindCount message. Also converts values to other types if specified.
             * @param message KindCount
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.KindCount, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KindCount to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for KindCount
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Lost. */
        interface ILost {

            /** Lost count */
            count?: (number|Long|null);

            /** Lost reason */
            reason?: (vigil.v1.LossReason|null);

            /** Lost stage */
            stage?: (string|null);

            /** Lost kinds */
            kinds?: (vigil.v1.IKindCount[]|null);

            /** Lost sinceNs */
            sinceNs?: (number|Long|null);

            /** Lost untilNs */
            untilNs?: (number|Long|null);

            /** Lost firstSeq */
            firstSeq?: (number|Long|null);
        }

        /** Represents a Lost. */
        class Lost implements ILost {

            /**
             * Constructs a new Lost.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ILost);

            /** Lost count. */
            public count: (number|Long);

            /** Lost reason. */
            public reason: vigil.v1.LossReason;

            /** Lost stage. */
            public stage: string;

            /** Lost kinds. */
            public kinds: vigil.v1.IKindCount[];

            /** Lost sinceNs. */
            public sinceNs: (number|Long);

            /** Lost untilNs. */
            public untilNs: (number|Long);

            /** Lost firstSeq. */
            public firstSeq: (number|Long);

            /**
             * Creates a new Lost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lost instance
             */
            public static create(properties?: vigil.v1.ILost): vigil.v1.Lost;

            /**
             * Encodes the specified Lost message. Does not implicitly {@link vigil.v1.Lost.verify|verify} messages.
             * @param message Lost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ILost, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Lost message, length delimited. Does not implicitly {@link vigil.v1.Lost.verify|verify} messages.
             * @param message Lost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ILost, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Lost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Lost;

            /**
             * Decodes a Lost message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Lost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Lost;

            /**
             * Verifies a Lost message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Lost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Lost
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Lost;

            /**
             * Creates a plain object from a Lost message. Also converts values to other types if specified.
             * @param message Lost
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Lost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Lost to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Lost
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a CollectorStatus. */
        interface ICollectorStatus {

            /** CollectorStatus name */
            name?: (string|null);

            /** CollectorStatus state */
            state?: (string|null);

            /** CollectorStatus blindSpots */
            blindSpots?: (string[]|null);

            /** CollectorStatus events */
            events?: (number|Long|null);
        }

        /** Represents a CollectorStatus. */
        class CollectorStatus implements ICollectorStatus {

            /**
             * Constructs a new CollectorStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ICollectorStatus);

            /** CollectorStatus name. */
            public name: string;

            /** CollectorStatus state. */
            public state: string;

            /** CollectorStatus blindSpots. */
            public blindSpots: string[];

            /** CollectorStatus events. */
            public events: (number|Long);

            /**
             * Creates a new CollectorStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectorStatus instance
             */
            public static create(properties?: vigil.v1.ICollectorStatus): vigil.v1.CollectorStatus;

            /**
             * Encodes the specified CollectorStatus message. Does not implicitly {@link vigil.v1.CollectorStatus.verify|verify} messages.
             * @param message CollectorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ICollectorStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CollectorStatus message, length delimited. Does not implicitly {@link vigil.v1.CollectorStatus.verify|verify} messages.
             * @param message CollectorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ICollectorStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectorStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CollectorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.CollectorStatus;

            /**
             * Decodes a CollectorStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns CollectorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.CollectorStatus;

            /**
             * Verifies a CollectorStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CollectorStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectorStatus
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.CollectorStatus;

            /**
             * Creates a plain object from a CollectorStatus message. Also converts values to other types if specified.
             * @param message CollectorStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.CollectorStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectorStatus to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for CollectorStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LossCount. */
        interface ILossCount {

            /** LossCount reason */
            reason?: (vigil.v1.LossReason|null);

            /** LossCount count */
            count?: (number|Long|null);
        }

        /** Represents a LossCount. */
        class LossCount implements ILossCount {

            /**
             * Constructs a new LossCount.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ILossCount);

            /** LossCount reason. */
            public reason: vigil.v1.LossReason;

            /** LossCount count. */
            public count: (number|Long);

            /**
             * Creates a new LossCount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LossCount instance
             */
            public static create(properties?: vigil.v1.ILossCount): vigil.v1.LossCount;

            /**
             * Encodes the specified LossCount message. Does not implicitly {@link vigil.v1.LossCount.verify|verify} messages.
             * @param message LossCount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ILossCount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LossCount message, length delimited. Does not implicitly {@link vigil.v1.LossCount.verify|verify} messages.
             * @param message LossCount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ILossCount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LossCount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LossCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.LossCount;

            /**
             * Decodes a LossCount message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns LossCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.LossCount;

            /**
             * Verifies a LossCount message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LossCount message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LossCount
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.LossCount;

            /**
             * Creates a plain object from a LossCount message. Also converts values to other types if specified.
             * @param message LossCount
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.LossCount, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LossCount to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for LossCount
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SensorStatus. */
        interface ISensorStatus {

            /** SensorStatus version */
            version?: (string|null);

            /** SensorStatus uptimeSeconds */
            uptimeSeconds?: (number|null);

            /** SensorStatus collectors */
            collectors?: (vigil.v1.ICollectorStatus[]|null);

            /** SensorStatus eventsPerSecond */
            eventsPerSecond?: (number|null);

            /** SensorStatus queueDepth */
            queueDepth?: (number|Long|null);

            /** SensorStatus queueCapacity */
            queueCapacity?: (number|Long|null);

            /** SensorStatus cpuCores */
            cpuCores?: (number|null);

            /** SensorStatus rssBytes */
            rssBytes?: (number|Long|null);

            /** SensorStatus losses */
            losses?: (vigil.v1.ILossCount[]|null);

            /** SensorStatus eventsPublished */
            eventsPublished?: (number|Long|null);

            /** SensorStatus generated */
            generated?: (vigil.v1.IKindCount[]|null);

            /** SensorStatus excluded */
            excluded?: (vigil.v1.IKindCount[]|null);
        }

        /** Represents a SensorStatus. */
        class SensorStatus implements ISensorStatus {

            /**
             * Constructs a new SensorStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ISensorStatus);

            /** SensorStatus version. */
            public version: string;

            /** SensorStatus uptimeSeconds. */
            public uptimeSeconds: number;

            /** SensorStatus collectors. */
            public collectors: vigil.v1.ICollectorStatus[];

            /** SensorStatus eventsPerSecond. */
            public eventsPerSecond: number;

            /** SensorStatus queueDepth. */
            public queueDepth: (number|Long);

            /** SensorStatus queueCapacity. */
            public queueCapacity: (number|Long);

            /** SensorStatus cpuCores. */
            public cpuCores: number;

            /** SensorStatus rssBytes. */
            public rssBytes: (number|Long);

            /** SensorStatus losses. */
            public losses: vigil.v1.ILossCount[];

            /** SensorStatus eventsPublished. */
            public eventsPublished: (number|Long);

            /** SensorStatus generated. */
            public generated: vigil.v1.IKindCount[];

            /** SensorStatus excluded. */
            public excluded: vigil.v1.IKindCount[];

            /**
             * Creates a new SensorStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SensorStatus instance
             */
            public static create(properties?: vigil.v1.ISensorStatus): vigil.v1.SensorStatus;

            /**
             * Encodes the specified SensorStatus message. Does not implicitly {@link vigil.v1.SensorStatus.verify|verify} messages.
             * @param message SensorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.ISensorStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SensorStatus message, length delimited. Does not implicitly {@link vigil.v1.SensorStatus.verify|verify} messages.
             * @param message SensorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.ISensorStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SensorStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SensorStatus;

            /**
             * Decodes a SensorStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SensorStatus;

            /**
             * Verifies a SensorStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SensorStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SensorStatus
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.SensorStatus;

            /**
             * Creates a plain object from a SensorStatus message. Also converts values to other types if specified.
             * @param message SensorStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.SensorStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SensorStatus to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SensorStatus
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** ResponseOutcome enum. */
        enum ResponseOutcome {
            RESPONSE_OUTCOME_UNSPECIFIED = 0,
            RESPONSE_OUTCOME_DONE = 1,
            RESPONSE_OUTCOME_NOT_FOUND = 2,
            RESPONSE_OUTCOME_PID_REUSED = 3,
            RESPONSE_OUTCOME_FAILED = 4,
            RESPONSE_OUTCOME_REFUSED = 5
        }

        /** Properties of a ResponseResult. */
        interface IResponseResult {

            /** ResponseResult action */
            action?: (string|null);

            /** ResponseResult requestId */
            requestId?: (string|null);

            /** ResponseResult pid */
            pid?: (number|null);

            /** ResponseResult processUid */
            processUid?: (string|null);

            /** ResponseResult outcome */
            outcome?: (vigil.v1.ResponseOutcome|null);

            /** ResponseResult message */
            message?: (string|null);
        }

        /** Represents a ResponseResult. */
        class ResponseResult implements IResponseResult {

            /**
             * Constructs a new ResponseResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IResponseResult);

            /** ResponseResult action. */
            public action: string;

            /** ResponseResult requestId. */
            public requestId: string;

            /** ResponseResult pid. */
            public pid: number;

            /** ResponseResult processUid. */
            public processUid: string;

            /** ResponseResult outcome. */
            public outcome: vigil.v1.ResponseOutcome;

            /** ResponseResult message. */
            public message: string;

            /**
             * Creates a new ResponseResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResponseResult instance
             */
            public static create(properties?: vigil.v1.IResponseResult): vigil.v1.ResponseResult;

            /**
             * Encodes the specified ResponseResult message. Does not implicitly {@link vigil.v1.ResponseResult.verify|verify} messages.
             * @param message ResponseResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IResponseResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResponseResult message, length delimited. Does not implicitly {@link vigil.v1.ResponseResult.verify|verify} messages.
             * @param message ResponseResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IResponseResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResponseResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResponseResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ResponseResult;

            /**
             * Decodes a ResponseResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ResponseResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ResponseResult;

            /**
             * Verifies a ResponseResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResponseResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResponseResult
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.ResponseResult;

            /**
             * Creates a plain object from a ResponseResult message. Also converts values to other types if specified.
             * @param message ResponseResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.ResponseResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResponseResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ResponseResult
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a KillRequest. */
        interface IKillRequest {

            /** KillRequest requestId */
            requestId?: (string|null);

            /** KillRequest pid */
            pid?: (number|null);

            /** KillRequest startTimeNs */
            startTimeNs?: (number|Long|null);

            /** KillRequest processUid */
            processUid?: (string|null);

            /** KillRequest signal */
            signal?: (number|null);

            /** KillRequest requestedBy */
            requestedBy?: (string|null);
        }

        /** Represents a KillRequest. */
        class KillRequest implements IKillRequest {

            /**
             * Constructs a new KillRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IKillRequest);

            /** KillRequest requestId. */
            public requestId: string;

            /** KillRequest pid. */
            public pid: number;

            /** KillRequest startTimeNs. */
            public startTimeNs: (number|Long);

            /** KillRequest processUid. */
            public processUid: string;

            /** KillRequest signal. */
            public signal: number;

            /** KillRequest requestedBy. */
            public requestedBy: string;

            /**
             * Creates a new KillRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KillRequest instance
             */
            public static create(properties?: vigil.v1.IKillRequest): vigil.v1.KillRequest;

            /**
             * Encodes the specified KillRequest message. Does not implicitly {@link vigil.v1.KillRequest.verify|verify} messages.
             * @param message KillRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KillRequest message, length delimited. Does not implicitly {@link vigil.v1.KillRequest.verify|verify} messages.
             * @param message KillRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KillRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns KillRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.KillRequest;

            /**
             * Decodes a KillRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns KillRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.KillRequest;

            /**
             * Verifies a KillRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KillRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KillRequest
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.KillRequest;

            /**
             * Creates a plain object from a KillRequest message. Also converts values to other types if specified.
             * @param message KillRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.KillRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KillRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for KillRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Priority enum. */
        enum Priority {
            PRIORITY_UNSPECIFIED = 0,
            PRIORITY_EMERGENCY = 1,
            PRIORITY_ALERT = 2,
            PRIORITY_CRITICAL = 3,
            PRIORITY_ERROR = 4,
            PRIORITY_WARNING = 5,
            PRIORITY_NOTICE = 6,
            PRIORITY_INFORMATIONAL = 7,
            PRIORITY_DEBUG = 8
        }

        /** Properties of an Alert. */
        interface IAlert {

            /** Alert id */
            id?: (string|null);

            /** Alert rule */
            rule?: (string|null);

            /** Alert priority */
            priority?: (vigil.v1.Priority|null);

            /** Alert output */
            output?: (string|null);

            /** Alert tags */
            tags?: (string[]|null);

            /** Alert source */
            source?: (string|null);

            /** Alert timeNs */
            timeNs?: (number|Long|null);

            /** Alert host */
            host?: (string|null);

            /** Alert event */
            event?: (vigil.v1.IEvent|null);

            /** Alert outputFields */
            outputFields?: ({ [k: string]: string }|null);

            /** Alert detectorId */
            detectorId?: (string|null);
        }

        /** Represents an Alert. */
        class Alert implements IAlert {

            /**
             * Constructs a new Alert.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IAlert);

            /** Alert id. */
            public id: string;

            /** Alert rule. */
            public rule: string;

            /** Alert priority. */
            public priority: vigil.v1.Priority;

            /** Alert output. */
            public output: string;

            /** Alert tags. */
            public tags: string[];

            /** Alert source. */
            public source: string;

            /** Alert timeNs. */
            public timeNs: (number|Long);

            /** Alert host. */
            public host: string;

            /** Alert event. */
            public event?: (vigil.v1.IEvent|null);

            /** Alert outputFields. */
            public outputFields: { [k: string]: string };

            /** Alert detectorId. */
            public detectorId: string;

            /**
             * Creates a new Alert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alert instance
             */
            public static create(properties?: vigil.v1.IAlert): vigil.v1.Alert;

            /**
             * Encodes the specified Alert message. Does not implicitly {@link vigil.v1.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: vigil.v1.IAlert, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link vigil.v1.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: vigil.v1.IAlert, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Alert;

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Alert;

            /**
             * Verifies an Alert message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alert
             */
            public static fromObject(object: { [k: string]: any }): vigil.v1.Alert;

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @param message Alert
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: vigil.v1.Alert, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alert to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Alert
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

// Generated from proto/ by packages/schema/scripts/gen.mjs. DO NOT EDIT.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const vigil = $root.vigil = (() => {

    /**
     * Namespace vigil.
     * @exports vigil
     * @namespace
     */
    const vigil = {};

    vigil.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof vigil
         * @namespace
         */
        const v1 = {};

        v1.Telemetry = (function() {

            /**
             * Constructs a new Telemetry service.
             * @memberof vigil.v1
             * @classdesc Represents a Telemetry
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Telemetry(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Telemetry.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Telemetry;

            /**
             * Creates new Telemetry service using the specified rpc implementation.
             * @function create
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Telemetry} RPC service. Useful where requests and/or responses are streamed.
             */
            Telemetry.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link vigil.v1.Telemetry#subscribe}.
             * @memberof vigil.v1.Telemetry
             * @typedef SubscribeCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.SubscribeResponse} [response] SubscribeResponse
             */

            /**
             * Calls Subscribe.
             * @function subscribe
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.ISubscribeRequest} request SubscribeRequest message or plain object
             * @param {vigil.v1.Telemetry.SubscribeCallback} callback Node-style callback called with the error, if any, and SubscribeResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Telemetry.prototype.subscribe = function subscribe(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, subscribe, $root.vigil.v1.SubscribeRequest, $root.vigil.v1.SubscribeResponse, request, callback);
            }, "name", { value: "Subscribe" });

            /**
             * Calls Subscribe.
             * @function subscribe
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.ISubscribeRequest} request SubscribeRequest message or plain object
             * @returns {Promise<vigil.v1.SubscribeResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Telemetry#query}.
             * @memberof vigil.v1.Telemetry
             * @typedef QueryCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.QueryResponse} [response] QueryResponse
             */

            /**
             * Calls Query.
             * @function query
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.IQueryRequest} request QueryRequest message or plain object
             * @param {vigil.v1.Telemetry.QueryCallback} callback Node-style callback called with the error, if any, and QueryResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Telemetry.prototype.query = function query(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, query, $root.vigil.v1.QueryRequest, $root.vigil.v1.QueryResponse, request, callback);
            }, "name", { value: "Query" });

            /**
             * Calls Query.
             * @function query
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.IQueryRequest} request QueryRequest message or plain object
             * @returns {Promise<vigil.v1.QueryResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Telemetry#processTree}.
             * @memberof vigil.v1.Telemetry
             * @typedef ProcessTreeCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.ProcessTreeResponse} [response] ProcessTreeResponse
             */

            /**
             * Calls ProcessTree.
             * @function processTree
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.IProcessTreeRequest} request ProcessTreeRequest message or plain object
             * @param {vigil.v1.Telemetry.ProcessTreeCallback} callback Node-style callback called with the error, if any, and ProcessTreeResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Telemetry.prototype.processTree = function processTree(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, processTree, $root.vigil.v1.ProcessTreeRequest, $root.vigil.v1.ProcessTreeResponse, request, callback);
            }, "name", { value: "ProcessTree" });

            /**
             * Calls ProcessTree.
             * @function processTree
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.IProcessTreeRequest} request ProcessTreeRequest message or plain object
             * @returns {Promise<vigil.v1.ProcessTreeResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Telemetry#retroHunt}.
             * @memberof vigil.v1.Telemetry
             * @typedef RetroHuntCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.Alert} [response] Alert
             */

            /**
             * Calls RetroHunt.
             * @function retroHunt
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.IRetroHuntRequest} request RetroHuntRequest message or plain object
             * @param {vigil.v1.Telemetry.RetroHuntCallback} callback Node-style callback called with the error, if any, and Alert
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Telemetry.prototype.retroHunt = function retroHunt(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, retroHunt, $root.vigil.v1.RetroHuntRequest, $root.vigil.v1.Alert, request, callback);
            }, "name", { value: "RetroHunt" });

            /**
             * Calls RetroHunt.
             * @function retroHunt
             * @memberof vigil.v1.Telemetry
             * @instance
             * @param {vigil.v1.IRetroHuntRequest} request RetroHuntRequest message or plain object
             * @returns {Promise<vigil.v1.Alert>} Promise
             * @variation 2
             */

            return Telemetry;
        })();

        v1.Alerts = (function() {

            /**
             * Constructs a new Alerts service.
             * @memberof vigil.v1
             * @classdesc Represents an Alerts
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Alerts(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Alerts.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Alerts;

            /**
             * Creates new Alerts service using the specified rpc implementation.
             * @function create
             * @memberof vigil.v1.Alerts
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Alerts} RPC service. Useful where requests and/or responses are streamed.
             */
            Alerts.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link vigil.v1.Alerts#listAlerts}.
             * @memberof vigil.v1.Alerts
             * @typedef ListAlertsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.ListAlertsResponse} [response] ListAlertsResponse
             */

            /**
             * Calls ListAlerts.
             * @function listAlerts
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IListAlertsRequest} request ListAlertsRequest message or plain object
             * @param {vigil.v1.Alerts.ListAlertsCallback} callback Node-style callback called with the error, if any, and ListAlertsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Alerts.prototype.listAlerts = function listAlerts(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listAlerts, $root.vigil.v1.ListAlertsRequest, $root.vigil.v1.ListAlertsResponse, request, callback);
            }, "name", { value: "ListAlerts" });

            /**
             * Calls ListAlerts.
             * @function listAlerts
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IListAlertsRequest} request ListAlertsRequest message or plain object
             * @returns {Promise<vigil.v1.ListAlertsResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Alerts#streamAlerts}.
             * @memberof vigil.v1.Alerts
             * @typedef StreamAlertsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.Alert} [response] Alert
             */

            /**
             * Calls StreamAlerts.
             * @function streamAlerts
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IStreamAlertsRequest} request StreamAlertsRequest message or plain object
             * @param {vigil.v1.Alerts.StreamAlertsCallback} callback Node-style callback called with the error, if any, and Alert
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Alerts.prototype.streamAlerts = function streamAlerts(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, streamAlerts, $root.vigil.v1.StreamAlertsRequest, $root.vigil.v1.Alert, request, callback);
            }, "name", { value: "StreamAlerts" });

            /**
             * Calls StreamAlerts.
             * @function streamAlerts
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IStreamAlertsRequest} request StreamAlertsRequest message or plain object
             * @returns {Promise<vigil.v1.Alert>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Alerts#acknowledgeAlert}.
             * @memberof vigil.v1.Alerts
             * @typedef AcknowledgeAlertCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.AcknowledgeAlertResponse} [response] AcknowledgeAlertResponse
             */

            /**
             * Calls AcknowledgeAlert.
             * @function acknowledgeAlert
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IAcknowledgeAlertRequest} request AcknowledgeAlertRequest message or plain object
             * @param {vigil.v1.Alerts.AcknowledgeAlertCallback} callback Node-style callback called with the error, if any, and AcknowledgeAlertResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Alerts.prototype.acknowledgeAlert = function acknowledgeAlert(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, acknowledgeAlert, $root.vigil.v1.AcknowledgeAlertRequest, $root.vigil.v1.AcknowledgeAlertResponse, request, callback);
            }, "name", { value: "AcknowledgeAlert" });

            /**
             * Calls AcknowledgeAlert.
             * @function acknowledgeAlert
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IAcknowledgeAlertRequest} request AcknowledgeAlertRequest message or plain object
             * @returns {Promise<vigil.v1.AcknowledgeAlertResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Alerts#kill}.
             * @memberof vigil.v1.Alerts
             * @typedef KillCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.ResponseResult} [response] ResponseResult
             */

            /**
             * Calls Kill.
             * @function kill
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IKillRequest} request KillRequest message or plain object
             * @param {vigil.v1.Alerts.KillCallback} callback Node-style callback called with the error, if any, and ResponseResult
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Alerts.prototype.kill = function kill(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, kill, $root.vigil.v1.KillRequest, $root.vigil.v1.ResponseResult, request, callback);
            }, "name", { value: "Kill" });

            /**
             * Calls Kill.
             * @function kill
             * @memberof vigil.v1.Alerts
             * @instance
             * @param {vigil.v1.IKillRequest} request KillRequest message or plain object
             * @returns {Promise<vigil.v1.ResponseResult>} Promise
             * @variation 2
             */

            return Alerts;
        })();

        v1.Sensors = (function() {

            /**
             * Constructs a new Sensors service.
             * @memberof vigil.v1
             * @classdesc Represents a Sensors
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Sensors(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Sensors.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Sensors;

            /**
             * Creates new Sensors service using the specified rpc implementation.
             * @function create
             * @memberof vigil.v1.Sensors
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Sensors} RPC service. Useful where requests and/or responses are streamed.
             */
            Sensors.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link vigil.v1.Sensors#listSensors}.
             * @memberof vigil.v1.Sensors
             * @typedef ListSensorsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.ListSensorsResponse} [response] ListSensorsResponse
             */

            /**
             * Calls ListSensors.
             * @function listSensors
             * @memberof vigil.v1.Sensors
             * @instance
             * @param {vigil.v1.IListSensorsRequest} request ListSensorsRequest message or plain object
             * @param {vigil.v1.Sensors.ListSensorsCallback} callback Node-style callback called with the error, if any, and ListSensorsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Sensors.prototype.listSensors = function listSensors(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listSensors, $root.vigil.v1.ListSensorsRequest, $root.vigil.v1.ListSensorsResponse, request, callback);
            }, "name", { value: "ListSensors" });

            /**
             * Calls ListSensors.
             * @function listSensors
             * @memberof vigil.v1.Sensors
             * @instance
             * @param {vigil.v1.IListSensorsRequest} request ListSensorsRequest message or plain object
             * @returns {Promise<vigil.v1.ListSensorsResponse>} Promise
             * @variation 2
             */

            return Sensors;
        })();

        v1.Rules = (function() {

            /**
             * Constructs a new Rules service.
             * @memberof vigil.v1
             * @classdesc Represents a Rules
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Rules(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Rules.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Rules;

            /**
             * Creates new Rules service using the specified rpc implementation.
             * @function create
             * @memberof vigil.v1.Rules
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Rules} RPC service. Useful where requests and/or responses are streamed.
             */
            Rules.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link vigil.v1.Rules#listRules}.
             * @memberof vigil.v1.Rules
             * @typedef ListRulesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.ListRulesResponse} [response] ListRulesResponse
             */

            /**
             * Calls ListRules.
             * @function listRules
             * @memberof vigil.v1.Rules
             * @instance
             * @param {vigil.v1.IListRulesRequest} request ListRulesRequest message or plain object
             * @param {vigil.v1.Rules.ListRulesCallback} callback Node-style callback called with the error, if any, and ListRulesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Rules.prototype.listRules = function listRules(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listRules, $root.vigil.v1.ListRulesRequest, $root.vigil.v1.ListRulesResponse, request, callback);
            }, "name", { value: "ListRules" });

            /**
             * Calls ListRules.
             * @function listRules
             * @memberof vigil.v1.Rules
             * @instance
             * @param {vigil.v1.IListRulesRequest} request ListRulesRequest message or plain object
             * @returns {Promise<vigil.v1.ListRulesResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Rules#validateRules}.
             * @memberof vigil.v1.Rules
             * @typedef ValidateRulesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.ValidateRulesResponse} [response] ValidateRulesResponse
             */

            /**
             * Calls ValidateRules.
             * @function validateRules
             * @memberof vigil.v1.Rules
             * @instance
             * @param {vigil.v1.IValidateRulesRequest} request ValidateRulesRequest message or plain object
             * @param {vigil.v1.Rules.ValidateRulesCallback} callback Node-style callback called with the error, if any, and ValidateRulesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Rules.prototype.validateRules = function validateRules(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, validateRules, $root.vigil.v1.ValidateRulesRequest, $root.vigil.v1.ValidateRulesResponse, request, callback);
            }, "name", { value: "ValidateRules" });

            /**
             * Calls ValidateRules.
             * @function validateRules
             * @memberof vigil.v1.Rules
             * @instance
             * @param {vigil.v1.IValidateRulesRequest} request ValidateRulesRequest message or plain object
             * @returns {Promise<vigil.v1.ValidateRulesResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link vigil.v1.Rules#putRules}.
             * @memberof vigil.v1.Rules
             * @typedef PutRulesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {vigil.v1.PutRulesResponse} [response] PutRulesResponse
             */

            /**
             * Calls PutRules.
             * @function putRules
             * @memberof vigil.v1.Rules
             * @instance
             * @param {vigil.v1.IPutRulesRequest} request PutRulesRequest message or plain object
             * @param {vigil.v1.Rules.PutRulesCallback} callback Node-style callback called with the error, if any, and PutRulesResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Rules.prototype.putRules = function putRules(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, putRules, $root.vigil.v1.PutRulesRequest, $root.vigil.v1.PutRulesResponse, request, callback);
            }, "name", { value: "PutRules" });

            /**
             * Calls PutRules.
             * @function putRules
             * @memberof vigil.v1.Rules
             * @instance
             * @param {vigil.v1.IPutRulesRequest} request PutRulesRequest message or plain object
             * @returns {Promise<vigil.v1.PutRulesResponse>} Promise
             * @variation 2
             */

            return Rules;
        })();

        v1.Selector = (function() {

            /**
             * Properties of a Selector.
             * @memberof vigil.v1
             * @interface ISelector
             * @property {string|null} [filter] Selector filter
             * @property {Array.<string>|null} [kinds] Selector kinds
             * @property {Array.<string>|null} [hosts] Selector hosts
             * @property {Array.<string>|null} [containers] Selector containers
             */

            /**
             * Constructs a new Selector.
             * @memberof vigil.v1
             * @classdesc Represents a Selector.
             * @implements ISelector
             * @constructor
             * @param {vigil.v1.ISelector=} [properties] Properties to set
             */
            function Selector(properties) {
                this.kinds = [];
                this.hosts = [];
                this.containers = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Selector filter.
             * @member {string} filter
             * @memberof vigil.v1.Selector
             * @instance
             */
            Selector.prototype.filter = "";

            /**
             * Selector kinds.
             * @member {Array.<string>} kinds
             * @memberof vigil.v1.Selector
             * @instance
             */
            Selector.prototype.kinds = $util.emptyArray;

            /**
             * Selector hosts.
             * @member {Array.<string>} hosts
             * @memberof vigil.v1.Selector
             * @instance
             */
            Selector.prototype.hosts = $util.emptyArray;

            /**
             * Selector containers.
             * @member {Array.<string>} containers
             * @memberof vigil.v1.Selector
             * @instance
             */
            Selector.prototype.containers = $util.emptyArray;

            /**
             * Creates a new Selector instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Selector
             * @static
             * @param {vigil.v1.ISelector=} [properties] Properties to set
             * @returns {vigil.v1.Selector} Selector instance
             */
            Selector.create = function create(properties) {
                return new Selector(properties);
            };

            /**
             * Encodes the specified Selector message. Does not implicitly {@link vigil.v1.Selector.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Selector
             * @static
             * @param {vigil.v1.ISelector} message Selector message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Selector.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.filter);
                if (message.kinds != null && message.kinds.length)
                    for (let i = 0; i < message.kinds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kinds[i]);
                if (message.hosts != null && message.hosts.length)
                    for (let i = 0; i < message.hosts.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.hosts[i]);
                if (message.containers != null && message.containers.length)
                    for (let i = 0; i < message.containers.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.containers[i]);
                return writer;
            };

            /**
             * Encodes the specified Selector message, length delimited. Does not implicitly {@link vigil.v1.Selector.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Selector
             * @static
             * @param {vigil.v1.ISelector} message Selector message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Selector.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Selector message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Selector
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Selector} Selector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Selector.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Selector();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.filter = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.kinds && message.kinds.length))
                                message.kinds = [];
                            message.kinds.push(reader.string());
                            break;
                        }
                    case 3: {
                            if (!(message.hosts && message.hosts.length))
                                message.hosts = [];
                            message.hosts.push(reader.string());
                            break;
                        }
                    case 4: {
                            if (!(message.containers && message.containers.length))
                                message.containers = [];
                            message.containers.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Selector message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Selector
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Selector} Selector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Selector.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Selector message.
             * @function verify
             * @memberof vigil.v1.Selector
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Selector.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    if (!$util.isString(message.filter))
                        return "filter: string expected";
                if (message.kinds != null && Object.hasOwnProperty.call(message, "kinds")) {
                    if (!Array.isArray(message.kinds))
                        return "kinds: array expected";
                    for (let i = 0; i < message.kinds.length; ++i)
                        if (!$util.isString(message.kinds[i]))
                            return "kinds: string[] expected";
                }
                if (message.hosts != null && Object.hasOwnProperty.call(message, "hosts")) {
                    if (!Array.isArray(message.hosts))
                        return "hosts: array expected";
                    for (let i = 0; i < message.hosts.length; ++i)
                        if (!$util.isString(message.hosts[i]))
                            return "hosts: string[] expected";
                }
                if (message.containers != null && Object.hasOwnProperty.call(message, "containers")) {
                    if (!Array.isArray(message.containers))
                        return "containers: array expected";
                    for (let i = 0; i < message.containers.length; ++i)
                        if (!$util.isString(message.containers[i]))
                            return "containers: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Selector message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Selector
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Selector} Selector
             */
            Selector.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Selector)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Selector: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Selector();
                if (object.filter != null)
                    message.filter = String(object.filter);
                if (object.kinds) {
                    if (!Array.isArray(object.kinds))
                        throw TypeError(".vigil.v1.Selector.kinds: array expected");
                    message.kinds = [];
                    for (let i = 0; i < object.kinds.length; ++i)
                        message.kinds[i] = String(object.kinds[i]);
                }
                if (object.hosts) {
                    if (!Array.isArray(object.hosts))
                        throw TypeError(".vigil.v1.Selector.hosts: array expected");
                    message.hosts = [];
                    for (let i = 0; i < object.hosts.length; ++i)
                        message.hosts[i] = String(object.hosts[i]);
                }
                if (object.containers) {
                    if (!Array.isArray(object.containers))
                        throw TypeError(".vigil.v1.Selector.containers: array expected");
                    message.containers = [];
                    for (let i = 0; i < object.containers.length; ++i)
                        message.containers[i] = String(object.containers[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Selector message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Selector
             * @static
             * @param {vigil.v1.Selector} message Selector
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Selector.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.kinds = [];
                    object.hosts = [];
                    object.containers = [];
                }
                if (options.defaults)
                    object.filter = "";
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    object.filter = message.filter;
                if (message.kinds && message.kinds.length) {
                    object.kinds = [];
                    for (let j = 0; j < message.kinds.length; ++j)
                        object.kinds[j] = message.kinds[j];
                }
                if (message.hosts && message.hosts.length) {
                    object.hosts = [];
                    for (let j = 0; j < message.hosts.length; ++j)
                        object.hosts[j] = message.hosts[j];
                }
                if (message.containers && message.containers.length) {
                    object.containers = [];
                    for (let j = 0; j < message.containers.length; ++j)
                        object.containers[j] = message.containers[j];
                }
                return object;
            };

            /**
             * Converts this Selector to JSON.
             * @function toJSON
             * @memberof vigil.v1.Selector
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Selector.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Selector
             * @function getTypeUrl
             * @memberof vigil.v1.Selector
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Selector.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Selector";
            };

            return Selector;
        })();

        v1.SubscribeRequest = (function() {

            /**
             * Properties of a SubscribeRequest.
             * @memberof vigil.v1
             * @interface ISubscribeRequest
             * @property {vigil.v1.ISelector|null} [selector] SubscribeRequest selector
             * @property {number|null} [maxEventsPerSecond] SubscribeRequest maxEventsPerSecond
             * @property {number|Long|null} [limit] SubscribeRequest limit
             */

            /**
             * Constructs a new SubscribeRequest.
             * @memberof vigil.v1
             * @classdesc Represents a SubscribeRequest.
             * @implements ISubscribeRequest
             * @constructor
             * @param {vigil.v1.ISubscribeRequest=} [properties] Properties to set
             */
            function SubscribeRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SubscribeRequest selector.
             * @member {vigil.v1.ISelector|null|undefined} selector
             * @memberof vigil.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.selector = null;

            /**
             * SubscribeRequest maxEventsPerSecond.
             * @member {number} maxEventsPerSecond
             * @memberof vigil.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.maxEventsPerSecond = 0;

            /**
             * SubscribeRequest limit.
             * @member {number|Long} limit
             * @memberof vigil.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {vigil.v1.ISubscribeRequest=} [properties] Properties to set
             * @returns {vigil.v1.SubscribeRequest} SubscribeRequest instance
             */
            SubscribeRequest.create = function create(properties) {
                return new SubscribeRequest(properties);
            };

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link vigil.v1.SubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {vigil.v1.ISubscribeRequest} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.selector != null && Object.hasOwnProperty.call(message, "selector"))
                    $root.vigil.v1.Selector.encode(message.selector, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.maxEventsPerSecond != null && Object.hasOwnProperty.call(message, "maxEventsPerSecond"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.maxEventsPerSecond);
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                return writer;
            };

            /**
             * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link vigil.v1.SubscribeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {vigil.v1.ISubscribeRequest} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SubscribeRequest} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.SubscribeRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.selector = $root.vigil.v1.Selector.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.maxEventsPerSecond = reader.double();
                            break;
                        }
                    case 3: {
                            message.limit = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.SubscribeRequest} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SubscribeRequest message.
             * @function verify
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.selector != null && Object.hasOwnProperty.call(message, "selector")) {
                    let error = $root.vigil.v1.Selector.verify(message.selector, long + 1);
                    if (error)
                        return "selector." + error;
                }
                if (message.maxEventsPerSecond != null && Object.hasOwnProperty.call(message, "maxEventsPerSecond"))
                    if (typeof message.maxEventsPerSecond !== "number")
                        return "maxEventsPerSecond: number expected";
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                        return "limit: integer|Long expected";
                return null;
            };

            /**
             * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SubscribeRequest} SubscribeRequest
             */
            SubscribeRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.SubscribeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.SubscribeRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.SubscribeRequest();
                if (object.selector != null) {
                    if (!$util.isObject(object.selector))
                        throw TypeError(".vigil.v1.SubscribeRequest.selector: object expected");
                    message.selector = $root.vigil.v1.Selector.fromObject(object.selector, long + 1);
                }
                if (object.maxEventsPerSecond != null)
                    message.maxEventsPerSecond = Number(object.maxEventsPerSecond);
                if (object.limit != null)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, true);
                    else if (typeof object.limit === "string")
                        message.limit = parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {vigil.v1.SubscribeRequest} message SubscribeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.selector = null;
                    object.maxEventsPerSecond = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.limit = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.limit = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.selector != null && Object.hasOwnProperty.call(message, "selector"))
                    object.selector = $root.vigil.v1.Selector.toObject(message.selector, options, q + 1);
                if (message.maxEventsPerSecond != null && Object.hasOwnProperty.call(message, "maxEventsPerSecond"))
                    object.maxEventsPerSecond = options.json && !isFinite(message.maxEventsPerSecond) ? String(message.maxEventsPerSecond) : message.maxEventsPerSecond;
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.limit = typeof message.limit === "number" ? BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                    else if (typeof message.limit === "number")
                        object.limit = options.longs === String ? String(message.limit) : message.limit;
                    else
                        object.limit = options.longs === String ? $util.Long.prototype.toString.call(message.limit) : options.longs === Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                return object;
            };

            /**
             * Converts this SubscribeRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.SubscribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SubscribeRequest
             * @function getTypeUrl
             * @memberof vigil.v1.SubscribeRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SubscribeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.SubscribeRequest";
            };

            return SubscribeRequest;
        })();

        v1.SubscribeResponse = (function() {

            /**
             * Properties of a SubscribeResponse.
             * @memberof vigil.v1
             * @interface ISubscribeResponse
             * @property {vigil.v1.IEvent|null} [event] SubscribeResponse event
             * @property {vigil.v1.ILost|null} [lost] SubscribeResponse lost
             * @property {vigil.v1.IEventBatch|null} [events] SubscribeResponse events
             */

            /**
             * Constructs a new SubscribeResponse.
             * @memberof vigil.v1
             * @classdesc Represents a SubscribeResponse.
             * @implements ISubscribeResponse
             * @constructor
             * @param {vigil.v1.ISubscribeResponse=} [properties] Properties to set
             */
            function SubscribeResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SubscribeResponse event.
             * @member {vigil.v1.IEvent|null|undefined} event
             * @memberof vigil.v1.SubscribeResponse
             * @instance
             */
            SubscribeResponse.prototype.event = null;

            /**
             * SubscribeResponse lost.
             * @member {vigil.v1.ILost|null|undefined} lost
             * @memberof vigil.v1.SubscribeResponse
             * @instance
             */
            SubscribeResponse.prototype.lost = null;

            /**
             * SubscribeResponse events.
             * @member {vigil.v1.IEventBatch|null|undefined} events
             * @memberof vigil.v1.SubscribeResponse
             * @instance
             */
            SubscribeResponse.prototype.events = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SubscribeResponse item.
             * @member {"event"|"lost"|"events"|undefined} item
             * @memberof vigil.v1.SubscribeResponse
             * @instance
             */
            Object.defineProperty(SubscribeResponse.prototype, "item", {
                get: $util.oneOfGetter($oneOfFields = ["event", "lost", "events"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SubscribeResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {vigil.v1.ISubscribeResponse=} [properties] Properties to set
             * @returns {vigil.v1.SubscribeResponse} SubscribeResponse instance
             */
            SubscribeResponse.create = function create(properties) {
                return new SubscribeResponse(properties);
            };

            /**
             * Encodes the specified SubscribeResponse message. Does not implicitly {@link vigil.v1.SubscribeResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {vigil.v1.ISubscribeResponse} message SubscribeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.event != null && Object.hasOwnProperty.call(message, "event"))
                    $root.vigil.v1.Event.encode(message.event, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost"))
                    $root.vigil.v1.Lost.encode(message.lost, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    $root.vigil.v1.EventBatch.encode(message.events, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified SubscribeResponse message, length delimited. Does not implicitly {@link vigil.v1.SubscribeResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {vigil.v1.ISubscribeResponse} message SubscribeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SubscribeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SubscribeResponse} SubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.SubscribeResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.event = $root.vigil.v1.Event.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.lost = $root.vigil.v1.Lost.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.events = $root.vigil.v1.EventBatch.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SubscribeResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.SubscribeResponse} SubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SubscribeResponse message.
             * @function verify
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.event != null && Object.hasOwnProperty.call(message, "event")) {
                    properties.item = 1;
                    {
                        let error = $root.vigil.v1.Event.verify(message.event, long + 1);
                        if (error)
                            return "event." + error;
                    }
                }
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.vigil.v1.Lost.verify(message.lost, long + 1);
                        if (error)
                            return "lost." + error;
                    }
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.vigil.v1.EventBatch.verify(message.events, long + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SubscribeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SubscribeResponse} SubscribeResponse
             */
            SubscribeResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.SubscribeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.SubscribeResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.SubscribeResponse();
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw TypeError(".vigil.v1.SubscribeResponse.event: object expected");
                    message.event = $root.vigil.v1.Event.fromObject(object.event, long + 1);
                }
                if (object.lost != null) {
                    if (!$util.isObject(object.lost))
                        throw TypeError(".vigil.v1.SubscribeResponse.lost: object expected");
                    message.lost = $root.vigil.v1.Lost.fromObject(object.lost, long + 1);
                }
                if (object.events != null) {
                    if (!$util.isObject(object.events))
                        throw TypeError(".vigil.v1.SubscribeResponse.events: object expected");
                    message.events = $root.vigil.v1.EventBatch.fromObject(object.events, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubscribeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {vigil.v1.SubscribeResponse} message SubscribeResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (message.event != null && Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.vigil.v1.Event.toObject(message.event, options, q + 1);
                    if (options.oneofs)
                        object.item = "event";
                }
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost")) {
                    object.lost = $root.vigil.v1.Lost.toObject(message.lost, options, q + 1);
                    if (options.oneofs)
                        object.item = "lost";
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    object.events = $root.vigil.v1.EventBatch.toObject(message.events, options, q + 1);
                    if (options.oneofs)
                        object.item = "events";
                }
                return object;
            };

            /**
             * Converts this SubscribeResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.SubscribeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SubscribeResponse
             * @function getTypeUrl
             * @memberof vigil.v1.SubscribeResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SubscribeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.SubscribeResponse";
            };

            return SubscribeResponse;
        })();

        v1.QueryRequest = (function() {

            /**
             * Properties of a QueryRequest.
             * @memberof vigil.v1
             * @interface IQueryRequest
             * @property {vigil.v1.ISelector|null} [selector] QueryRequest selector
             * @property {number|Long|null} [sinceNs] QueryRequest sinceNs
             * @property {number|Long|null} [untilNs] QueryRequest untilNs
             * @property {number|Long|null} [limit] QueryRequest limit
             * @property {string|null} [cursor] QueryRequest cursor
             */

            /**
             * Constructs a new QueryRequest.
             * @memberof vigil.v1
             * @classdesc Represents a QueryRequest.
             * @implements IQueryRequest
             * @constructor
             * @param {vigil.v1.IQueryRequest=} [properties] Properties to set
             */
            function QueryRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * QueryRequest selector.
             * @member {vigil.v1.ISelector|null|undefined} selector
             * @memberof vigil.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.selector = null;

            /**
             * QueryRequest sinceNs.
             * @member {number|Long} sinceNs
             * @memberof vigil.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.sinceNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueryRequest untilNs.
             * @member {number|Long} untilNs
             * @memberof vigil.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.untilNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueryRequest limit.
             * @member {number|Long} limit
             * @memberof vigil.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QueryRequest cursor.
             * @member {string} cursor
             * @memberof vigil.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.cursor = "";

            /**
             * Creates a new QueryRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {vigil.v1.IQueryRequest=} [properties] Properties to set
             * @returns {vigil.v1.QueryRequest} QueryRequest instance
             */
            QueryRequest.create = function create(properties) {
                return new QueryRequest(properties);
            };

            /**
             * Encodes the specified QueryRequest message. Does not implicitly {@link vigil.v1.QueryRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {vigil.v1.IQueryRequest} message QueryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.selector != null && Object.hasOwnProperty.call(message, "selector"))
                    $root.vigil.v1.Selector.encode(message.selector, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sinceNs);
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.untilNs);
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.limit);
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.cursor);
                return writer;
            };

            /**
             * Encodes the specified QueryRequest message, length delimited. Does not implicitly {@link vigil.v1.QueryRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {vigil.v1.IQueryRequest} message QueryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a QueryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.QueryRequest} QueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.QueryRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.selector = $root.vigil.v1.Selector.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.sinceNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.untilNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.limit = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.cursor = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a QueryRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.QueryRequest} QueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a QueryRequest message.
             * @function verify
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.selector != null && Object.hasOwnProperty.call(message, "selector")) {
                    let error = $root.vigil.v1.Selector.verify(message.selector, long + 1);
                    if (error)
                        return "selector." + error;
                }
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (!$util.isInteger(message.sinceNs) && !(message.sinceNs && $util.isInteger(message.sinceNs.low) && $util.isInteger(message.sinceNs.high)))
                        return "sinceNs: integer|Long expected";
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (!$util.isInteger(message.untilNs) && !(message.untilNs && $util.isInteger(message.untilNs.low) && $util.isInteger(message.untilNs.high)))
                        return "untilNs: integer|Long expected";
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                        return "limit: integer|Long expected";
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                return null;
            };

            /**
             * Creates a QueryRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.QueryRequest} QueryRequest
             */
            QueryRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.QueryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.QueryRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.QueryRequest();
                if (object.selector != null) {
                    if (!$util.isObject(object.selector))
                        throw TypeError(".vigil.v1.QueryRequest.selector: object expected");
                    message.selector = $root.vigil.v1.Selector.fromObject(object.selector, long + 1);
                }
                if (object.sinceNs != null)
                    if ($util.Long)
                        message.sinceNs = $util.Long.fromValue(object.sinceNs, true);
                    else if (typeof object.sinceNs === "string")
                        message.sinceNs = parseInt(object.sinceNs, 10);
                    else if (typeof object.sinceNs === "number")
                        message.sinceNs = object.sinceNs;
                    else if (typeof object.sinceNs === "object")
                        message.sinceNs = new $util.LongBits(object.sinceNs.low >>> 0, object.sinceNs.high >>> 0).toNumber(true);
                if (object.untilNs != null)
                    if ($util.Long)
                        message.untilNs = $util.Long.fromValue(object.untilNs, true);
                    else if (typeof object.untilNs === "string")
                        message.untilNs = parseInt(object.untilNs, 10);
                    else if (typeof object.untilNs === "number")
                        message.untilNs = object.untilNs;
                    else if (typeof object.untilNs === "object")
                        message.untilNs = new $util.LongBits(object.untilNs.low >>> 0, object.untilNs.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, true);
                    else if (typeof object.limit === "string")
                        message.limit = parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                if (object.cursor != null)
                    message.cursor = String(object.cursor);
                return message;
            };

            /**
             * Creates a plain object from a QueryRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {vigil.v1.QueryRequest} message QueryRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.selector = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.untilNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.untilNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.limit = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.limit = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.cursor = "";
                }
                if (message.selector != null && Object.hasOwnProperty.call(message, "selector"))
                    object.selector = $root.vigil.v1.Selector.toObject(message.selector, options, q + 1);
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sinceNs = typeof message.sinceNs === "number" ? BigInt(message.sinceNs) : $util.Long.fromBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceNs === "number")
                        object.sinceNs = options.longs === String ? String(message.sinceNs) : message.sinceNs;
                    else
                        object.sinceNs = options.longs === String ? $util.Long.prototype.toString.call(message.sinceNs) : options.longs === Number ? new $util.LongBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0).toNumber(true) : message.sinceNs;
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.untilNs = typeof message.untilNs === "number" ? BigInt(message.untilNs) : $util.Long.fromBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0, true).toBigInt();
                    else if (typeof message.untilNs === "number")
                        object.untilNs = options.longs === String ? String(message.untilNs) : message.untilNs;
                    else
                        object.untilNs = options.longs === String ? $util.Long.prototype.toString.call(message.untilNs) : options.longs === Number ? new $util.LongBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0).toNumber(true) : message.untilNs;
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.limit = typeof message.limit === "number" ? BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                    else if (typeof message.limit === "number")
                        object.limit = options.longs === String ? String(message.limit) : message.limit;
                    else
                        object.limit = options.longs === String ? $util.Long.prototype.toString.call(message.limit) : options.longs === Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            /**
             * Converts this QueryRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.QueryRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for QueryRequest
             * @function getTypeUrl
             * @memberof vigil.v1.QueryRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            QueryRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.QueryRequest";
            };

            return QueryRequest;
        })();

        v1.QueryResponse = (function() {

            /**
             * Properties of a QueryResponse.
             * @memberof vigil.v1
             * @interface IQueryResponse
             * @property {Array.<vigil.v1.IEvent>|null} [events] QueryResponse events
             * @property {string|null} [cursor] QueryResponse cursor
             * @property {Array.<string>|null} [unansweredHosts] QueryResponse unansweredHosts
             */

            /**
             * Constructs a new QueryResponse.
             * @memberof vigil.v1
             * @classdesc Represents a QueryResponse.
             * @implements IQueryResponse
             * @constructor
             * @param {vigil.v1.IQueryResponse=} [properties] Properties to set
             */
            function QueryResponse(properties) {
                this.events = [];
                this.unansweredHosts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * QueryResponse events.
             * @member {Array.<vigil.v1.IEvent>} events
             * @memberof vigil.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.events = $util.emptyArray;

            /**
             * QueryResponse cursor.
             * @member {string} cursor
             * @memberof vigil.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.cursor = "";

            /**
             * QueryResponse unansweredHosts.
             * @member {Array.<string>} unansweredHosts
             * @memberof vigil.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.unansweredHosts = $util.emptyArray;

            /**
             * Creates a new QueryResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {vigil.v1.IQueryResponse=} [properties] Properties to set
             * @returns {vigil.v1.QueryResponse} QueryResponse instance
             */
            QueryResponse.create = function create(properties) {
                return new QueryResponse(properties);
            };

            /**
             * Encodes the specified QueryResponse message. Does not implicitly {@link vigil.v1.QueryResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {vigil.v1.IQueryResponse} message QueryResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.vigil.v1.Event.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cursor);
                if (message.unansweredHosts != null && message.unansweredHosts.length)
                    for (let i = 0; i < message.unansweredHosts.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.unansweredHosts[i]);
                return writer;
            };

            /**
             * Encodes the specified QueryResponse message, length delimited. Does not implicitly {@link vigil.v1.QueryResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {vigil.v1.IQueryResponse} message QueryResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a QueryResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.QueryResponse} QueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.QueryResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.vigil.v1.Event.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.cursor = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.unansweredHosts && message.unansweredHosts.length))
                                message.unansweredHosts = [];
                            message.unansweredHosts.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a QueryResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.QueryResponse} QueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a QueryResponse message.
             * @function verify
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueryResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    if (!Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.vigil.v1.Event.verify(message.events[i], long + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                if (message.unansweredHosts != null && Object.hasOwnProperty.call(message, "unansweredHosts")) {
                    if (!Array.isArray(message.unansweredHosts))
                        return "unansweredHosts: array expected";
                    for (let i = 0; i < message.unansweredHosts.length; ++i)
                        if (!$util.isString(message.unansweredHosts[i]))
                            return "unansweredHosts: string[] expected";
                }
                return null;
            };

            /**
             * Creates a QueryResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.QueryResponse} QueryResponse
             */
            QueryResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.QueryResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.QueryResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.QueryResponse();
                if (object.events) {
                    if (!Array.isArray(object.events))
                        throw TypeError(".vigil.v1.QueryResponse.events: array expected");
                    message.events = [];
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw TypeError(".vigil.v1.QueryResponse.events: object expected");
                        message.events[i] = $root.vigil.v1.Event.fromObject(object.events[i], long + 1);
                    }
                }
                if (object.cursor != null)
                    message.cursor = String(object.cursor);
                if (object.unansweredHosts) {
                    if (!Array.isArray(object.unansweredHosts))
                        throw TypeError(".vigil.v1.QueryResponse.unansweredHosts: array expected");
                    message.unansweredHosts = [];
                    for (let i = 0; i < object.unansweredHosts.length; ++i)
                        message.unansweredHosts[i] = String(object.unansweredHosts[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {vigil.v1.QueryResponse} message QueryResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.events = [];
                    object.unansweredHosts = [];
                }
                if (options.defaults)
                    object.cursor = "";
                if (message.events && message.events.length) {
                    object.events = [];
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.vigil.v1.Event.toObject(message.events[j], options, q + 1);
                }
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                if (message.unansweredHosts && message.unansweredHosts.length) {
                    object.unansweredHosts = [];
                    for (let j = 0; j < message.unansweredHosts.length; ++j)
                        object.unansweredHosts[j] = message.unansweredHosts[j];
                }
                return object;
            };

            /**
             * Converts this QueryResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.QueryResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for QueryResponse
             * @function getTypeUrl
             * @memberof vigil.v1.QueryResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            QueryResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.QueryResponse";
            };

            return QueryResponse;
        })();

        v1.ProcessTreeRequest = (function() {

            /**
             * Properties of a ProcessTreeRequest.
             * @memberof vigil.v1
             * @interface IProcessTreeRequest
             * @property {string|null} [processUid] ProcessTreeRequest processUid
             * @property {number|null} [depth] ProcessTreeRequest depth
             */

            /**
             * Constructs a new ProcessTreeRequest.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessTreeRequest.
             * @implements IProcessTreeRequest
             * @constructor
             * @param {vigil.v1.IProcessTreeRequest=} [properties] Properties to set
             */
            function ProcessTreeRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessTreeRequest processUid.
             * @member {string} processUid
             * @memberof vigil.v1.ProcessTreeRequest
             * @instance
             */
            ProcessTreeRequest.prototype.processUid = "";

            /**
             * ProcessTreeRequest depth.
             * @member {number} depth
             * @memberof vigil.v1.ProcessTreeRequest
             * @instance
             */
            ProcessTreeRequest.prototype.depth = 0;

            /**
             * Creates a new ProcessTreeRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {vigil.v1.IProcessTreeRequest=} [properties] Properties to set
             * @returns {vigil.v1.ProcessTreeRequest} ProcessTreeRequest instance
             */
            ProcessTreeRequest.create = function create(properties) {
                return new ProcessTreeRequest(properties);
            };

            /**
             * Encodes the specified ProcessTreeRequest message. Does not implicitly {@link vigil.v1.ProcessTreeRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {vigil.v1.IProcessTreeRequest} message ProcessTreeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessTreeRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.processUid);
                if (message.depth != null && Object.hasOwnProperty.call(message, "depth"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.depth);
                return writer;
            };

            /**
             * Encodes the specified ProcessTreeRequest message, length delimited. Does not implicitly {@link vigil.v1.ProcessTreeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {vigil.v1.IProcessTreeRequest} message ProcessTreeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessTreeRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessTreeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessTreeRequest} ProcessTreeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessTreeRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessTreeRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.processUid = reader.string();
                            break;
                        }
                    case 2: {
                            message.depth = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessTreeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessTreeRequest} ProcessTreeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessTreeRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessTreeRequest message.
             * @function verify
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessTreeRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    if (!$util.isString(message.processUid))
                        return "processUid: string expected";
                if (message.depth != null && Object.hasOwnProperty.call(message, "depth"))
                    if (!$util.isInteger(message.depth))
                        return "depth: integer expected";
                return null;
            };

            /**
             * Creates a ProcessTreeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessTreeRequest} ProcessTreeRequest
             */
            ProcessTreeRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessTreeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessTreeRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessTreeRequest();
                if (object.processUid != null)
                    message.processUid = String(object.processUid);
                if (object.depth != null)
                    message.depth = object.depth >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ProcessTreeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {vigil.v1.ProcessTreeRequest} message ProcessTreeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessTreeRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.processUid = "";
                    object.depth = 0;
                }
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    object.processUid = message.processUid;
                if (message.depth != null && Object.hasOwnProperty.call(message, "depth"))
                    object.depth = message.depth;
                return object;
            };

            /**
             * Converts this ProcessTreeRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessTreeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessTreeRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessTreeRequest
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessTreeRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessTreeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessTreeRequest";
            };

            return ProcessTreeRequest;
        })();

        v1.ProcessNode = (function() {

            /**
             * Properties of a ProcessNode.
             * @memberof vigil.v1
             * @interface IProcessNode
             * @property {vigil.v1.IProcess|null} [process] ProcessNode process
             * @property {Array.<vigil.v1.IEvent>|null} [events] ProcessNode events
             * @property {Array.<vigil.v1.IProcessNode>|null} [children] ProcessNode children
             */

            /**
             * Constructs a new ProcessNode.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessNode.
             * @implements IProcessNode
             * @constructor
             * @param {vigil.v1.IProcessNode=} [properties] Properties to set
             */
            function ProcessNode(properties) {
                this.events = [];
                this.children = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessNode process.
             * @member {vigil.v1.IProcess|null|undefined} process
             * @memberof vigil.v1.ProcessNode
             * @instance
             */
            ProcessNode.prototype.process = null;

            /**
             * ProcessNode events.
             * @member {Array.<vigil.v1.IEvent>} events
             * @memberof vigil.v1.ProcessNode
             * @instance
             */
            ProcessNode.prototype.events = $util.emptyArray;

            /**
             * ProcessNode children.
             * @member {Array.<vigil.v1.IProcessNode>} children
             * @memberof vigil.v1.ProcessNode
             * @instance
             */
            ProcessNode.prototype.children = $util.emptyArray;

            /**
             * Creates a new ProcessNode instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {vigil.v1.IProcessNode=} [properties] Properties to set
             * @returns {vigil.v1.ProcessNode} ProcessNode instance
             */
            ProcessNode.create = function create(properties) {
                return new ProcessNode(properties);
            };

            /**
             * Encodes the specified ProcessNode message. Does not implicitly {@link vigil.v1.ProcessNode.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {vigil.v1.IProcessNode} message ProcessNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessNode.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.vigil.v1.Process.encode(message.process, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.vigil.v1.Event.encode(message.events[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.children != null && message.children.length)
                    for (let i = 0; i < message.children.length; ++i)
                        $root.vigil.v1.ProcessNode.encode(message.children[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified ProcessNode message, length delimited. Does not implicitly {@link vigil.v1.ProcessNode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {vigil.v1.IProcessNode} message ProcessNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessNode.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessNode message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessNode} ProcessNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessNode.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessNode();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.process = $root.vigil.v1.Process.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.vigil.v1.Event.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.children && message.children.length))
                                message.children = [];
                            message.children.push($root.vigil.v1.ProcessNode.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessNode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessNode} ProcessNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessNode.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessNode message.
             * @function verify
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessNode.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.process != null && Object.hasOwnProperty.call(message, "process")) {
                    let error = $root.vigil.v1.Process.verify(message.process, long + 1);
                    if (error)
                        return "process." + error;
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    if (!Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.vigil.v1.Event.verify(message.events[i], long + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.children != null && Object.hasOwnProperty.call(message, "children")) {
                    if (!Array.isArray(message.children))
                        return "children: array expected";
                    for (let i = 0; i < message.children.length; ++i) {
                        let error = $root.vigil.v1.ProcessNode.verify(message.children[i], long + 1);
                        if (error)
                            return "children." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ProcessNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessNode} ProcessNode
             */
            ProcessNode.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessNode)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessNode: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessNode();
                if (object.process != null) {
                    if (!$util.isObject(object.process))
                        throw TypeError(".vigil.v1.ProcessNode.process: object expected");
                    message.process = $root.vigil.v1.Process.fromObject(object.process, long + 1);
                }
                if (object.events) {
                    if (!Array.isArray(object.events))
                        throw TypeError(".vigil.v1.ProcessNode.events: array expected");
                    message.events = [];
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw TypeError(".vigil.v1.ProcessNode.events: object expected");
                        message.events[i] = $root.vigil.v1.Event.fromObject(object.events[i], long + 1);
                    }
                }
                if (object.children) {
                    if (!Array.isArray(object.children))
                        throw TypeError(".vigil.v1.ProcessNode.children: array expected");
                    message.children = [];
                    for (let i = 0; i < object.children.length; ++i) {
                        if (!$util.isObject(object.children[i]))
                            throw TypeError(".vigil.v1.ProcessNode.children: object expected");
                        message.children[i] = $root.vigil.v1.ProcessNode.fromObject(object.children[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ProcessNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {vigil.v1.ProcessNode} message ProcessNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessNode.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.events = [];
                    object.children = [];
                }
                if (options.defaults)
                    object.process = null;
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    object.process = $root.vigil.v1.Process.toObject(message.process, options, q + 1);
                if (message.events && message.events.length) {
                    object.events = [];
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.vigil.v1.Event.toObject(message.events[j], options, q + 1);
                }
                if (message.children && message.children.length) {
                    object.children = [];
                    for (let j = 0; j < message.children.length; ++j)
                        object.children[j] = $root.vigil.v1.ProcessNode.toObject(message.children[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ProcessNode to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessNode.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessNode
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessNode
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessNode";
            };

            return ProcessNode;
        })();

        v1.ProcessTreeResponse = (function() {

            /**
             * Properties of a ProcessTreeResponse.
             * @memberof vigil.v1
             * @interface IProcessTreeResponse
             * @property {Array.<vigil.v1.IProcess>|null} [ancestors] ProcessTreeResponse ancestors
             * @property {vigil.v1.IProcessNode|null} [root] ProcessTreeResponse root
             * @property {Array.<string>|null} [unansweredHosts] ProcessTreeResponse unansweredHosts
             */

            /**
             * Constructs a new ProcessTreeResponse.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessTreeResponse.
             * @implements IProcessTreeResponse
             * @constructor
             * @param {vigil.v1.IProcessTreeResponse=} [properties] Properties to set
             */
            function ProcessTreeResponse(properties) {
                this.ancestors = [];
                this.unansweredHosts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessTreeResponse ancestors.
             * @member {Array.<vigil.v1.IProcess>} ancestors
             * @memberof vigil.v1.ProcessTreeResponse
             * @instance
             */
            ProcessTreeResponse.prototype.ancestors = $util.emptyArray;

            /**
             * ProcessTreeResponse root.
             * @member {vigil.v1.IProcessNode|null|undefined} root
             * @memberof vigil.v1.ProcessTreeResponse
             * @instance
             */
            ProcessTreeResponse.prototype.root = null;

            /**
             * ProcessTreeResponse unansweredHosts.
             * @member {Array.<string>} unansweredHosts
             * @memberof vigil.v1.ProcessTreeResponse
             * @instance
             */
            ProcessTreeResponse.prototype.unansweredHosts = $util.emptyArray;

            /**
             * Creates a new ProcessTreeResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {vigil.v1.IProcessTreeResponse=} [properties] Properties to set
             * @returns {vigil.v1.ProcessTreeResponse} ProcessTreeResponse instance
             */
            ProcessTreeResponse.create = function create(properties) {
                return new ProcessTreeResponse(properties);
            };

            /**
             * Encodes the specified ProcessTreeResponse message. Does not implicitly {@link vigil.v1.ProcessTreeResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {vigil.v1.IProcessTreeResponse} message ProcessTreeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessTreeResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.ancestors != null && message.ancestors.length)
                    for (let i = 0; i < message.ancestors.length; ++i)
                        $root.vigil.v1.Process.encode(message.ancestors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.root != null && Object.hasOwnProperty.call(message, "root"))
                    $root.vigil.v1.ProcessNode.encode(message.root, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.unansweredHosts != null && message.unansweredHosts.length)
                    for (let i = 0; i < message.unansweredHosts.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.unansweredHosts[i]);
                return writer;
            };

            /**
             * Encodes the specified ProcessTreeResponse message, length delimited. Does not implicitly {@link vigil.v1.ProcessTreeResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {vigil.v1.IProcessTreeResponse} message ProcessTreeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessTreeResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessTreeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessTreeResponse} ProcessTreeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessTreeResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessTreeResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.ancestors && message.ancestors.length))
                                message.ancestors = [];
                            message.ancestors.push($root.vigil.v1.Process.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.root = $root.vigil.v1.ProcessNode.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            if (!(message.unansweredHosts && message.unansweredHosts.length))
                                message.unansweredHosts = [];
                            message.unansweredHosts.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessTreeResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessTreeResponse} ProcessTreeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessTreeResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessTreeResponse message.
             * @function verify
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessTreeResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.ancestors != null && Object.hasOwnProperty.call(message, "ancestors")) {
                    if (!Array.isArray(message.ancestors))
                        return "ancestors: array expected";
                    for (let i = 0; i < message.ancestors.length; ++i) {
                        let error = $root.vigil.v1.Process.verify(message.ancestors[i], long + 1);
                        if (error)
                            return "ancestors." + error;
                    }
                }
                if (message.root != null && Object.hasOwnProperty.call(message, "root")) {
                    let error = $root.vigil.v1.ProcessNode.verify(message.root, long + 1);
                    if (error)
                        return "root." + error;
                }
                if (message.unansweredHosts != null && Object.hasOwnProperty.call(message, "unansweredHosts")) {
                    if (!Array.isArray(message.unansweredHosts))
                        return "unansweredHosts: array expected";
                    for (let i = 0; i < message.unansweredHosts.length; ++i)
                        if (!$util.isString(message.unansweredHosts[i]))
                            return "unansweredHosts: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ProcessTreeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessTreeResponse} ProcessTreeResponse
             */
            ProcessTreeResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessTreeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessTreeResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessTreeResponse();
                if (object.ancestors) {
                    if (!Array.isArray(object.ancestors))
                        throw TypeError(".vigil.v1.ProcessTreeResponse.ancestors: array expected");
                    message.ancestors = [];
                    for (let i = 0; i < object.ancestors.length; ++i) {
                        if (!$util.isObject(object.ancestors[i]))
                            throw TypeError(".vigil.v1.ProcessTreeResponse.ancestors: object expected");
                        message.ancestors[i] = $root.vigil.v1.Process.fromObject(object.ancestors[i], long + 1);
                    }
                }
                if (object.root != null) {
                    if (!$util.isObject(object.root))
                        throw TypeError(".vigil.v1.ProcessTreeResponse.root: object expected");
                    message.root = $root.vigil.v1.ProcessNode.fromObject(object.root, long + 1);
                }
                if (object.unansweredHosts) {
                    if (!Array.isArray(object.unansweredHosts))
                        throw TypeError(".vigil.v1.ProcessTreeResponse.unansweredHosts: array expected");
                    message.unansweredHosts = [];
                    for (let i = 0; i < object.unansweredHosts.length; ++i)
                        message.unansweredHosts[i] = String(object.unansweredHosts[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ProcessTreeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {vigil.v1.ProcessTreeResponse} message ProcessTreeResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessTreeResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.ancestors = [];
                    object.unansweredHosts = [];
                }
                if (options.defaults)
                    object.root = null;
                if (message.ancestors && message.ancestors.length) {
                    object.ancestors = [];
                    for (let j = 0; j < message.ancestors.length; ++j)
                        object.ancestors[j] = $root.vigil.v1.Process.toObject(message.ancestors[j], options, q + 1);
                }
                if (message.root != null && Object.hasOwnProperty.call(message, "root"))
                    object.root = $root.vigil.v1.ProcessNode.toObject(message.root, options, q + 1);
                if (message.unansweredHosts && message.unansweredHosts.length) {
                    object.unansweredHosts = [];
                    for (let j = 0; j < message.unansweredHosts.length; ++j)
                        object.unansweredHosts[j] = message.unansweredHosts[j];
                }
                return object;
            };

            /**
             * Converts this ProcessTreeResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessTreeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessTreeResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessTreeResponse
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessTreeResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessTreeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessTreeResponse";
            };

            return ProcessTreeResponse;
        })();

        v1.RetroHuntRequest = (function() {

            /**
             * Properties of a RetroHuntRequest.
             * @memberof vigil.v1
             * @interface IRetroHuntRequest
             * @property {string|null} [rulesYaml] RetroHuntRequest rulesYaml
             * @property {number|Long|null} [sinceNs] RetroHuntRequest sinceNs
             * @property {number|Long|null} [untilNs] RetroHuntRequest untilNs
             * @property {Array.<string>|null} [hosts] RetroHuntRequest hosts
             */

            /**
             * Constructs a new RetroHuntRequest.
             * @memberof vigil.v1
             * @classdesc Represents a RetroHuntRequest.
             * @implements IRetroHuntRequest
             * @constructor
             * @param {vigil.v1.IRetroHuntRequest=} [properties] Properties to set
             */
            function RetroHuntRequest(properties) {
                this.hosts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RetroHuntRequest rulesYaml.
             * @member {string} rulesYaml
             * @memberof vigil.v1.RetroHuntRequest
             * @instance
             */
            RetroHuntRequest.prototype.rulesYaml = "";

            /**
             * RetroHuntRequest sinceNs.
             * @member {number|Long} sinceNs
             * @memberof vigil.v1.RetroHuntRequest
             * @instance
             */
            RetroHuntRequest.prototype.sinceNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RetroHuntRequest untilNs.
             * @member {number|Long} untilNs
             * @memberof vigil.v1.RetroHuntRequest
             * @instance
             */
            RetroHuntRequest.prototype.untilNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RetroHuntRequest hosts.
             * @member {Array.<string>} hosts
             * @memberof vigil.v1.RetroHuntRequest
             * @instance
             */
            RetroHuntRequest.prototype.hosts = $util.emptyArray;

            /**
             * Creates a new RetroHuntRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {vigil.v1.IRetroHuntRequest=} [properties] Properties to set
             * @returns {vigil.v1.RetroHuntRequest} RetroHuntRequest instance
             */
            RetroHuntRequest.create = function create(properties) {
                return new RetroHuntRequest(properties);
            };

            /**
             * Encodes the specified RetroHuntRequest message. Does not implicitly {@link vigil.v1.RetroHuntRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {vigil.v1.IRetroHuntRequest} message RetroHuntRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetroHuntRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.rulesYaml != null && Object.hasOwnProperty.call(message, "rulesYaml"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rulesYaml);
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sinceNs);
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.untilNs);
                if (message.hosts != null && message.hosts.length)
                    for (let i = 0; i < message.hosts.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.hosts[i]);
                return writer;
            };

            /**
             * Encodes the specified RetroHuntRequest message, length delimited. Does not implicitly {@link vigil.v1.RetroHuntRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {vigil.v1.IRetroHuntRequest} message RetroHuntRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetroHuntRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RetroHuntRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RetroHuntRequest} RetroHuntRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetroHuntRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.RetroHuntRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.rulesYaml = reader.string();
                            break;
                        }
                    case 2: {
                            message.sinceNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.untilNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            if (!(message.hosts && message.hosts.length))
                                message.hosts = [];
                            message.hosts.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a RetroHuntRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RetroHuntRequest} RetroHuntRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetroHuntRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RetroHuntRequest message.
             * @function verify
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RetroHuntRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.rulesYaml != null && Object.hasOwnProperty.call(message, "rulesYaml"))
                    if (!$util.isString(message.rulesYaml))
                        return "rulesYaml: string expected";
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (!$util.isInteger(message.sinceNs) && !(message.sinceNs && $util.isInteger(message.sinceNs.low) && $util.isInteger(message.sinceNs.high)))
                        return "sinceNs: integer|Long expected";
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (!$util.isInteger(message.untilNs) && !(message.untilNs && $util.isInteger(message.untilNs.low) && $util.isInteger(message.untilNs.high)))
                        return "untilNs: integer|Long expected";
                if (message.hosts != null && Object.hasOwnProperty.call(message, "hosts")) {
                    if (!Array.isArray(message.hosts))
                        return "hosts: array expected";
                    for (let i = 0; i < message.hosts.length; ++i)
                        if (!$util.isString(message.hosts[i]))
                            return "hosts: string[] expected";
                }
                return null;
            };

            /**
             * Creates a RetroHuntRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RetroHuntRequest} RetroHuntRequest
             */
            RetroHuntRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.RetroHuntRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.RetroHuntRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.RetroHuntRequest();
                if (object.rulesYaml != null)
                    message.rulesYaml = String(object.rulesYaml);
                if (object.sinceNs != null)
                    if ($util.Long)
                        message.sinceNs = $util.Long.fromValue(object.sinceNs, true);
                    else if (typeof object.sinceNs === "string")
                        message.sinceNs = parseInt(object.sinceNs, 10);
                    else if (typeof object.sinceNs === "number")
                        message.sinceNs = object.sinceNs;
                    else if (typeof object.sinceNs === "object")
                        message.sinceNs = new $util.LongBits(object.sinceNs.low >>> 0, object.sinceNs.high >>> 0).toNumber(true);
                if (object.untilNs != null)
                    if ($util.Long)
                        message.untilNs = $util.Long.fromValue(object.untilNs, true);
                    else if (typeof object.untilNs === "string")
                        message.untilNs = parseInt(object.untilNs, 10);
                    else if (typeof object.untilNs === "number")
                        message.untilNs = object.untilNs;
                    else if (typeof object.untilNs === "object")
                        message.untilNs = new $util.LongBits(object.untilNs.low >>> 0, object.untilNs.high >>> 0).toNumber(true);
                if (object.hosts) {
                    if (!Array.isArray(object.hosts))
                        throw TypeError(".vigil.v1.RetroHuntRequest.hosts: array expected");
                    message.hosts = [];
                    for (let i = 0; i < object.hosts.length; ++i)
                        message.hosts[i] = String(object.hosts[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RetroHuntRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {vigil.v1.RetroHuntRequest} message RetroHuntRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RetroHuntRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hosts = [];
                if (options.defaults) {
                    object.rulesYaml = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.untilNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.untilNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.rulesYaml != null && Object.hasOwnProperty.call(message, "rulesYaml"))
                    object.rulesYaml = message.rulesYaml;
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sinceNs = typeof message.sinceNs === "number" ? BigInt(message.sinceNs) : $util.Long.fromBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceNs === "number")
                        object.sinceNs = options.longs === String ? String(message.sinceNs) : message.sinceNs;
                    else
                        object.sinceNs = options.longs === String ? $util.Long.prototype.toString.call(message.sinceNs) : options.longs === Number ? new $util.LongBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0).toNumber(true) : message.sinceNs;
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.untilNs = typeof message.untilNs === "number" ? BigInt(message.untilNs) : $util.Long.fromBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0, true).toBigInt();
                    else if (typeof message.untilNs === "number")
                        object.untilNs = options.longs === String ? String(message.untilNs) : message.untilNs;
                    else
                        object.untilNs = options.longs === String ? $util.Long.prototype.toString.call(message.untilNs) : options.longs === Number ? new $util.LongBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0).toNumber(true) : message.untilNs;
                if (message.hosts && message.hosts.length) {
                    object.hosts = [];
                    for (let j = 0; j < message.hosts.length; ++j)
                        object.hosts[j] = message.hosts[j];
                }
                return object;
            };

            /**
             * Converts this RetroHuntRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.RetroHuntRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RetroHuntRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RetroHuntRequest
             * @function getTypeUrl
             * @memberof vigil.v1.RetroHuntRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RetroHuntRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.RetroHuntRequest";
            };

            return RetroHuntRequest;
        })();

        v1.ListAlertsRequest = (function() {

            /**
             * Properties of a ListAlertsRequest.
             * @memberof vigil.v1
             * @interface IListAlertsRequest
             * @property {number|Long|null} [sinceNs] ListAlertsRequest sinceNs
             * @property {number|Long|null} [untilNs] ListAlertsRequest untilNs
             * @property {vigil.v1.Priority|null} [minPriority] ListAlertsRequest minPriority
             * @property {Array.<string>|null} [rules] ListAlertsRequest rules
             * @property {number|Long|null} [limit] ListAlertsRequest limit
             * @property {string|null} [cursor] ListAlertsRequest cursor
             */

            /**
             * Constructs a new ListAlertsRequest.
             * @memberof vigil.v1
             * @classdesc Represents a ListAlertsRequest.
             * @implements IListAlertsRequest
             * @constructor
             * @param {vigil.v1.IListAlertsRequest=} [properties] Properties to set
             */
            function ListAlertsRequest(properties) {
                this.rules = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListAlertsRequest sinceNs.
             * @member {number|Long} sinceNs
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             */
            ListAlertsRequest.prototype.sinceNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ListAlertsRequest untilNs.
             * @member {number|Long} untilNs
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             */
            ListAlertsRequest.prototype.untilNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ListAlertsRequest minPriority.
             * @member {vigil.v1.Priority} minPriority
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             */
            ListAlertsRequest.prototype.minPriority = 0;

            /**
             * ListAlertsRequest rules.
             * @member {Array.<string>} rules
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             */
            ListAlertsRequest.prototype.rules = $util.emptyArray;

            /**
             * ListAlertsRequest limit.
             * @member {number|Long} limit
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             */
            ListAlertsRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ListAlertsRequest cursor.
             * @member {string} cursor
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             */
            ListAlertsRequest.prototype.cursor = "";

            /**
             * Creates a new ListAlertsRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {vigil.v1.IListAlertsRequest=} [properties] Properties to set
             * @returns {vigil.v1.ListAlertsRequest} ListAlertsRequest instance
             */
            ListAlertsRequest.create = function create(properties) {
                return new ListAlertsRequest(properties);
            };

            /**
             * Encodes the specified ListAlertsRequest message. Does not implicitly {@link vigil.v1.ListAlertsRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {vigil.v1.IListAlertsRequest} message ListAlertsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAlertsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sinceNs);
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.untilNs);
                if (message.minPriority != null && Object.hasOwnProperty.call(message, "minPriority"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.minPriority);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.rules[i]);
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.limit);
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.cursor);
                return writer;
            };

            /**
             * Encodes the specified ListAlertsRequest message, length delimited. Does not implicitly {@link vigil.v1.ListAlertsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {vigil.v1.IListAlertsRequest} message ListAlertsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAlertsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListAlertsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ListAlertsRequest} ListAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAlertsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ListAlertsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sinceNs = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.untilNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.minPriority = reader.int32();
                            break;
                        }
                    case 4: {
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push(reader.string());
                            break;
                        }
                    case 5: {
                            message.limit = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.cursor = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListAlertsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ListAlertsRequest} ListAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAlertsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListAlertsRequest message.
             * @function verify
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListAlertsRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (!$util.isInteger(message.sinceNs) && !(message.sinceNs && $util.isInteger(message.sinceNs.low) && $util.isInteger(message.sinceNs.high)))
                        return "sinceNs: integer|Long expected";
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (!$util.isInteger(message.untilNs) && !(message.untilNs && $util.isInteger(message.untilNs.low) && $util.isInteger(message.untilNs.high)))
                        return "untilNs: integer|Long expected";
                if (message.minPriority != null && Object.hasOwnProperty.call(message, "minPriority"))
                    switch (message.minPriority) {
                    default:
                        return "minPriority: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                        break;
                    }
                if (message.rules != null && Object.hasOwnProperty.call(message, "rules")) {
                    if (!Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i)
                        if (!$util.isString(message.rules[i]))
                            return "rules: string[] expected";
                }
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                        return "limit: integer|Long expected";
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                return null;
            };

            /**
             * Creates a ListAlertsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ListAlertsRequest} ListAlertsRequest
             */
            ListAlertsRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ListAlertsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ListAlertsRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ListAlertsRequest();
                if (object.sinceNs != null)
                    if ($util.Long)
                        message.sinceNs = $util.Long.fromValue(object.sinceNs, true);
                    else if (typeof object.sinceNs === "string")
                        message.sinceNs = parseInt(object.sinceNs, 10);
                    else if (typeof object.sinceNs === "number")
                        message.sinceNs = object.sinceNs;
                    else if (typeof object.sinceNs === "object")
                        message.sinceNs = new $util.LongBits(object.sinceNs.low >>> 0, object.sinceNs.high >>> 0).toNumber(true);
                if (object.untilNs != null)
                    if ($util.Long)
                        message.untilNs = $util.Long.fromValue(object.untilNs, true);
                    else if (typeof object.untilNs === "string")
                        message.untilNs = parseInt(object.untilNs, 10);
                    else if (typeof object.untilNs === "number")
                        message.untilNs = object.untilNs;
                    else if (typeof object.untilNs === "object")
                        message.untilNs = new $util.LongBits(object.untilNs.low >>> 0, object.untilNs.high >>> 0).toNumber(true);
                switch (object.minPriority) {
                default:
                    if (typeof object.minPriority === "number") {
                        message.minPriority = object.minPriority;
                        break;
                    }
                    break;
                case "PRIORITY_UNSPECIFIED":
                case 0:
                    message.minPriority = 0;
                    break;
                case "PRIORITY_EMERGENCY":
                case 1:
                    message.minPriority = 1;
                    break;
                case "PRIORITY_ALERT":
                case 2:
                    message.minPriority = 2;
                    break;
                case "PRIORITY_CRITICAL":
                case 3:
                    message.minPriority = 3;
                    break;
                case "PRIORITY_ERROR":
                case 4:
                    message.minPriority = 4;
                    break;
                case "PRIORITY_WARNING":
                case 5:
                    message.minPriority = 5;
                    break;
                case "PRIORITY_NOTICE":
                case 6:
                    message.minPriority = 6;
                    break;
                case "PRIORITY_INFORMATIONAL":
                case 7:
                    message.minPriority = 7;
                    break;
                case "PRIORITY_DEBUG":
                case 8:
                    message.minPriority = 8;
                    break;
                }
                if (object.rules) {
                    if (!Array.isArray(object.rules))
                        throw TypeError(".vigil.v1.ListAlertsRequest.rules: array expected");
                    message.rules = [];
                    for (let i = 0; i < object.rules.length; ++i)
                        message.rules[i] = String(object.rules[i]);
                }
                if (object.limit != null)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, true);
                    else if (typeof object.limit === "string")
                        message.limit = parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                if (object.cursor != null)
                    message.cursor = String(object.cursor);
                return message;
            };

            /**
             * Creates a plain object from a ListAlertsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {vigil.v1.ListAlertsRequest} message ListAlertsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListAlertsRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rules = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.untilNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.untilNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.minPriority = options.enums === String ? "PRIORITY_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.limit = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.limit = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.cursor = "";
                }
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sinceNs = typeof message.sinceNs === "number" ? BigInt(message.sinceNs) : $util.Long.fromBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceNs === "number")
                        object.sinceNs = options.longs === String ? String(message.sinceNs) : message.sinceNs;
                    else
                        object.sinceNs = options.longs === String ? $util.Long.prototype.toString.call(message.sinceNs) : options.longs === Number ? new $util.LongBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0).toNumber(true) : message.sinceNs;
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.untilNs = typeof message.untilNs === "number" ? BigInt(message.untilNs) : $util.Long.fromBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0, true).toBigInt();
                    else if (typeof message.untilNs === "number")
                        object.untilNs = options.longs === String ? String(message.untilNs) : message.untilNs;
                    else
                        object.untilNs = options.longs === String ? $util.Long.prototype.toString.call(message.untilNs) : options.longs === Number ? new $util.LongBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0).toNumber(true) : message.untilNs;
                if (message.minPriority != null && Object.hasOwnProperty.call(message, "minPriority"))
                    object.minPriority = options.enums === String ? $root.vigil.v1.Priority[message.minPriority] === undefined ? message.minPriority : $root.vigil.v1.Priority[message.minPriority] : message.minPriority;
                if (message.rules && message.rules.length) {
                    object.rules = [];
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = message.rules[j];
                }
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.limit = typeof message.limit === "number" ? BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                    else if (typeof message.limit === "number")
                        object.limit = options.longs === String ? String(message.limit) : message.limit;
                    else
                        object.limit = options.longs === String ? $util.Long.prototype.toString.call(message.limit) : options.longs === Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            /**
             * Converts this ListAlertsRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.ListAlertsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListAlertsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListAlertsRequest
             * @function getTypeUrl
             * @memberof vigil.v1.ListAlertsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListAlertsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ListAlertsRequest";
            };

            return ListAlertsRequest;
        })();

        v1.ListAlertsResponse = (function() {

            /**
             * Properties of a ListAlertsResponse.
             * @memberof vigil.v1
             * @interface IListAlertsResponse
             * @property {Array.<vigil.v1.IAlert>|null} [alerts] ListAlertsResponse alerts
             * @property {string|null} [cursor] ListAlertsResponse cursor
             */

            /**
             * Constructs a new ListAlertsResponse.
             * @memberof vigil.v1
             * @classdesc Represents a ListAlertsResponse.
             * @implements IListAlertsResponse
             * @constructor
             * @param {vigil.v1.IListAlertsResponse=} [properties] Properties to set
             */
            function ListAlertsResponse(properties) {
                this.alerts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListAlertsResponse alerts.
             * @member {Array.<vigil.v1.IAlert>} alerts
             * @memberof vigil.v1.ListAlertsResponse
             * @instance
             */
            ListAlertsResponse.prototype.alerts = $util.emptyArray;

            /**
             * ListAlertsResponse cursor.
             * @member {string} cursor
             * @memberof vigil.v1.ListAlertsResponse
             * @instance
             */
            ListAlertsResponse.prototype.cursor = "";

            /**
             * Creates a new ListAlertsResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {vigil.v1.IListAlertsResponse=} [properties] Properties to set
             * @returns {vigil.v1.ListAlertsResponse} ListAlertsResponse instance
             */
            ListAlertsResponse.create = function create(properties) {
                return new ListAlertsResponse(properties);
            };

            /**
             * Encodes the specified ListAlertsResponse message. Does not implicitly {@link vigil.v1.ListAlertsResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {vigil.v1.IListAlertsResponse} message ListAlertsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAlertsResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.alerts != null && message.alerts.length)
                    for (let i = 0; i < message.alerts.length; ++i)
                        $root.vigil.v1.Alert.encode(message.alerts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cursor);
                return writer;
            };

            /**
             * Encodes the specified ListAlertsResponse message, length delimited. Does not implicitly {@link vigil.v1.ListAlertsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {vigil.v1.IListAlertsResponse} message ListAlertsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAlertsResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListAlertsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ListAlertsResponse} ListAlertsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAlertsResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ListAlertsResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.alerts && message.alerts.length))
                                message.alerts = [];
                            message.alerts.push($root.vigil.v1.Alert.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.cursor = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListAlertsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ListAlertsResponse} ListAlertsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAlertsResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListAlertsResponse message.
             * @function verify
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListAlertsResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.alerts != null && Object.hasOwnProperty.call(message, "alerts")) {
                    if (!Array.isArray(message.alerts))
                        return "alerts: array expected";
                    for (let i = 0; i < message.alerts.length; ++i) {
                        let error = $root.vigil.v1.Alert.verify(message.alerts[i], long + 1);
                        if (error)
                            return "alerts." + error;
                    }
                }
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                return null;
            };

            /**
             * Creates a ListAlertsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ListAlertsResponse} ListAlertsResponse
             */
            ListAlertsResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ListAlertsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ListAlertsResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ListAlertsResponse();
                if (object.alerts) {
                    if (!Array.isArray(object.alerts))
                        throw TypeError(".vigil.v1.ListAlertsResponse.alerts: array expected");
                    message.alerts = [];
                    for (let i = 0; i < object.alerts.length; ++i) {
                        if (!$util.isObject(object.alerts[i]))
                            throw TypeError(".vigil.v1.ListAlertsResponse.alerts: object expected");
                        message.alerts[i] = $root.vigil.v1.Alert.fromObject(object.alerts[i], long + 1);
                    }
                }
                if (object.cursor != null)
                    message.cursor = String(object.cursor);
                return message;
            };

            /**
             * Creates a plain object from a ListAlertsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {vigil.v1.ListAlertsResponse} message ListAlertsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListAlertsResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.alerts = [];
                if (options.defaults)
                    object.cursor = "";
                if (message.alerts && message.alerts.length) {
                    object.alerts = [];
                    for (let j = 0; j < message.alerts.length; ++j)
                        object.alerts[j] = $root.vigil.v1.Alert.toObject(message.alerts[j], options, q + 1);
                }
                if (message.cursor != null && Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            /**
             * Converts this ListAlertsResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.ListAlertsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListAlertsResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListAlertsResponse
             * @function getTypeUrl
             * @memberof vigil.v1.ListAlertsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListAlertsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ListAlertsResponse";
            };

            return ListAlertsResponse;
        })();

        v1.StreamAlertsRequest = (function() {

            /**
             * Properties of a StreamAlertsRequest.
             * @memberof vigil.v1
             * @interface IStreamAlertsRequest
             * @property {vigil.v1.Priority|null} [minPriority] StreamAlertsRequest minPriority
             * @property {Array.<string>|null} [rules] StreamAlertsRequest rules
             */

            /**
             * Constructs a new StreamAlertsRequest.
             * @memberof vigil.v1
             * @classdesc Represents a StreamAlertsRequest.
             * @implements IStreamAlertsRequest
             * @constructor
             * @param {vigil.v1.IStreamAlertsRequest=} [properties] Properties to set
             */
            function StreamAlertsRequest(properties) {
                this.rules = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StreamAlertsRequest minPriority.
             * @member {vigil.v1.Priority} minPriority
             * @memberof vigil.v1.StreamAlertsRequest
             * @instance
             */
            StreamAlertsRequest.prototype.minPriority = 0;

            /**
             * StreamAlertsRequest rules.
             * @member {Array.<string>} rules
             * @memberof vigil.v1.StreamAlertsRequest
             * @instance
             */
            StreamAlertsRequest.prototype.rules = $util.emptyArray;

            /**
             * Creates a new StreamAlertsRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {vigil.v1.IStreamAlertsRequest=} [properties] Properties to set
             * @returns {vigil.v1.StreamAlertsRequest} StreamAlertsRequest instance
             */
            StreamAlertsRequest.create = function create(properties) {
                return new StreamAlertsRequest(properties);
            };

            /**
             * Encodes the specified StreamAlertsRequest message. Does not implicitly {@link vigil.v1.StreamAlertsRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {vigil.v1.IStreamAlertsRequest} message StreamAlertsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamAlertsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.minPriority != null && Object.hasOwnProperty.call(message, "minPriority"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.minPriority);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.rules[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamAlertsRequest message, length delimited. Does not implicitly {@link vigil.v1.StreamAlertsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {vigil.v1.IStreamAlertsRequest} message StreamAlertsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamAlertsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StreamAlertsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.StreamAlertsRequest} StreamAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamAlertsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.StreamAlertsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.minPriority = reader.int32();
                            break;
                        }
                    case 2: {
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StreamAlertsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.StreamAlertsRequest} StreamAlertsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamAlertsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a StreamAlertsRequest message.
             * @function verify
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamAlertsRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.minPriority != null && Object.hasOwnProperty.call(message, "minPriority"))
                    switch (message.minPriority) {
                    default:
                        return "minPriority: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                        break;
                    }
                if (message.rules != null && Object.hasOwnProperty.call(message, "rules")) {
                    if (!Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i)
                        if (!$util.isString(message.rules[i]))
                            return "rules: string[] expected";
                }
                return null;
            };

            /**
             * Creates a StreamAlertsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.StreamAlertsRequest} StreamAlertsRequest
             */
            StreamAlertsRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.StreamAlertsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.StreamAlertsRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.StreamAlertsRequest();
                switch (object.minPriority) {
                default:
                    if (typeof object.minPriority === "number") {
                        message.minPriority = object.minPriority;
                        break;
                    }
                    break;
                case "PRIORITY_UNSPECIFIED":
                case 0:
                    message.minPriority = 0;
                    break;
                case "PRIORITY_EMERGENCY":
                case 1:
                    message.minPriority = 1;
                    break;
                case "PRIORITY_ALERT":
                case 2:
                    message.minPriority = 2;
                    break;
                case "PRIORITY_CRITICAL":
                case 3:
                    message.minPriority = 3;
                    break;
                case "PRIORITY_ERROR":
                case 4:
                    message.minPriority = 4;
                    break;
                case "PRIORITY_WARNING":
                case 5:
                    message.minPriority = 5;
                    break;
                case "PRIORITY_NOTICE":
                case 6:
                    message.minPriority = 6;
                    break;
                case "PRIORITY_INFORMATIONAL":
                case 7:
                    message.minPriority = 7;
                    break;
                case "PRIORITY_DEBUG":
                case 8:
                    message.minPriority = 8;
                    break;
                }
                if (object.rules) {
                    if (!Array.isArray(object.rules))
                        throw TypeError(".vigil.v1.StreamAlertsRequest.rules: array expected");
                    message.rules = [];
                    for (let i = 0; i < object.rules.length; ++i)
                        message.rules[i] = String(object.rules[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a StreamAlertsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {vigil.v1.StreamAlertsRequest} message StreamAlertsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamAlertsRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rules = [];
                if (options.defaults)
                    object.minPriority = options.enums === String ? "PRIORITY_UNSPECIFIED" : 0;
                if (message.minPriority != null && Object.hasOwnProperty.call(message, "minPriority"))
                    object.minPriority = options.enums === String ? $root.vigil.v1.Priority[message.minPriority] === undefined ? message.minPriority : $root.vigil.v1.Priority[message.minPriority] : message.minPriority;
                if (message.rules && message.rules.length) {
                    object.rules = [];
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = message.rules[j];
                }
                return object;
            };

            /**
             * Converts this StreamAlertsRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.StreamAlertsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamAlertsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for StreamAlertsRequest
             * @function getTypeUrl
             * @memberof vigil.v1.StreamAlertsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StreamAlertsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.StreamAlertsRequest";
            };

            return StreamAlertsRequest;
        })();

        v1.AcknowledgeAlertRequest = (function() {

            /**
             * Properties of an AcknowledgeAlertRequest.
             * @memberof vigil.v1
             * @interface IAcknowledgeAlertRequest
             * @property {string|null} [alertId] AcknowledgeAlertRequest alertId
             * @property {string|null} [note] AcknowledgeAlertRequest note
             */

            /**
             * Constructs a new AcknowledgeAlertRequest.
             * @memberof vigil.v1
             * @classdesc Represents an AcknowledgeAlertRequest.
             * @implements IAcknowledgeAlertRequest
             * @constructor
             * @param {vigil.v1.IAcknowledgeAlertRequest=} [properties] Properties to set
             */
            function AcknowledgeAlertRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AcknowledgeAlertRequest alertId.
             * @member {string} alertId
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @instance
             */
            AcknowledgeAlertRequest.prototype.alertId = "";

            /**
             * AcknowledgeAlertRequest note.
             * @member {string} note
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @instance
             */
            AcknowledgeAlertRequest.prototype.note = "";

            /**
             * Creates a new AcknowledgeAlertRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {vigil.v1.IAcknowledgeAlertRequest=} [properties] Properties to set
             * @returns {vigil.v1.AcknowledgeAlertRequest} AcknowledgeAlertRequest instance
             */
            AcknowledgeAlertRequest.create = function create(properties) {
                return new AcknowledgeAlertRequest(properties);
            };

            /**
             * Encodes the specified AcknowledgeAlertRequest message. Does not implicitly {@link vigil.v1.AcknowledgeAlertRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {vigil.v1.IAcknowledgeAlertRequest} message AcknowledgeAlertRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcknowledgeAlertRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.alertId != null && Object.hasOwnProperty.call(message, "alertId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alertId);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
                return writer;
            };

            /**
             * Encodes the specified AcknowledgeAlertRequest message, length delimited. Does not implicitly {@link vigil.v1.AcknowledgeAlertRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {vigil.v1.IAcknowledgeAlertRequest} message AcknowledgeAlertRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcknowledgeAlertRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an AcknowledgeAlertRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.AcknowledgeAlertRequest} AcknowledgeAlertRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcknowledgeAlertRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.AcknowledgeAlertRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.alertId = reader.string();
                            break;
                        }
                    case 2: {
                            message.note = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an AcknowledgeAlertRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.AcknowledgeAlertRequest} AcknowledgeAlertRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcknowledgeAlertRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an AcknowledgeAlertRequest message.
             * @function verify
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AcknowledgeAlertRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.alertId != null && Object.hasOwnProperty.call(message, "alertId"))
                    if (!$util.isString(message.alertId))
                        return "alertId: string expected";
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates an AcknowledgeAlertRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.AcknowledgeAlertRequest} AcknowledgeAlertRequest
             */
            AcknowledgeAlertRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.AcknowledgeAlertRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.AcknowledgeAlertRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.AcknowledgeAlertRequest();
                if (object.alertId != null)
                    message.alertId = String(object.alertId);
                if (object.note != null)
                    message.note = String(object.note);
                return message;
            };

            /**
             * Creates a plain object from an AcknowledgeAlertRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {vigil.v1.AcknowledgeAlertRequest} message AcknowledgeAlertRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AcknowledgeAlertRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.alertId = "";
                    object.note = "";
                }
                if (message.alertId != null && Object.hasOwnProperty.call(message, "alertId"))
                    object.alertId = message.alertId;
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this AcknowledgeAlertRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AcknowledgeAlertRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for AcknowledgeAlertRequest
             * @function getTypeUrl
             * @memberof vigil.v1.AcknowledgeAlertRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AcknowledgeAlertRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.AcknowledgeAlertRequest";
            };

            return AcknowledgeAlertRequest;
        })();

        v1.AcknowledgeAlertResponse = (function() {

            /**
             * Properties of an AcknowledgeAlertResponse.
             * @memberof vigil.v1
             * @interface IAcknowledgeAlertResponse
             * @property {string|null} [acknowledgedBy] AcknowledgeAlertResponse acknowledgedBy
             * @property {number|Long|null} [timeNs] AcknowledgeAlertResponse timeNs
             */

            /**
             * Constructs a new AcknowledgeAlertResponse.
             * @memberof vigil.v1
             * @classdesc Represents an AcknowledgeAlertResponse.
             * @implements IAcknowledgeAlertResponse
             * @constructor
             * @param {vigil.v1.IAcknowledgeAlertResponse=} [properties] Properties to set
             */
            function AcknowledgeAlertResponse(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AcknowledgeAlertResponse acknowledgedBy.
             * @member {string} acknowledgedBy
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @instance
             */
            AcknowledgeAlertResponse.prototype.acknowledgedBy = "";

            /**
             * AcknowledgeAlertResponse timeNs.
             * @member {number|Long} timeNs
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @instance
             */
            AcknowledgeAlertResponse.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AcknowledgeAlertResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {vigil.v1.IAcknowledgeAlertResponse=} [properties] Properties to set
             * @returns {vigil.v1.AcknowledgeAlertResponse} AcknowledgeAlertResponse instance
             */
            AcknowledgeAlertResponse.create = function create(properties) {
                return new AcknowledgeAlertResponse(properties);
            };

            /**
             * Encodes the specified AcknowledgeAlertResponse message. Does not implicitly {@link vigil.v1.AcknowledgeAlertResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {vigil.v1.IAcknowledgeAlertResponse} message AcknowledgeAlertResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcknowledgeAlertResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.acknowledgedBy != null && Object.hasOwnProperty.call(message, "acknowledgedBy"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.acknowledgedBy);
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeNs);
                return writer;
            };

            /**
             * Encodes the specified AcknowledgeAlertResponse message, length delimited. Does not implicitly {@link vigil.v1.AcknowledgeAlertResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {vigil.v1.IAcknowledgeAlertResponse} message AcknowledgeAlertResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcknowledgeAlertResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an AcknowledgeAlertResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.AcknowledgeAlertResponse} AcknowledgeAlertResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcknowledgeAlertResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.AcknowledgeAlertResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.acknowledgedBy = reader.string();
                            break;
                        }
                    case 2: {
                            message.timeNs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an AcknowledgeAlertResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.AcknowledgeAlertResponse} AcknowledgeAlertResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcknowledgeAlertResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an AcknowledgeAlertResponse message.
             * @function verify
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AcknowledgeAlertResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.acknowledgedBy != null && Object.hasOwnProperty.call(message, "acknowledgedBy"))
                    if (!$util.isString(message.acknowledgedBy))
                        return "acknowledgedBy: string expected";
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                return null;
            };

            /**
             * Creates an AcknowledgeAlertResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.AcknowledgeAlertResponse} AcknowledgeAlertResponse
             */
            AcknowledgeAlertResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.AcknowledgeAlertResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.AcknowledgeAlertResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.AcknowledgeAlertResponse();
                if (object.acknowledgedBy != null)
                    message.acknowledgedBy = String(object.acknowledgedBy);
                if (object.timeNs != null)
                    if ($util.Long)
                        message.timeNs = $util.Long.fromValue(object.timeNs, true);
                    else if (typeof object.timeNs === "string")
                        message.timeNs = parseInt(object.timeNs, 10);
                    else if (typeof object.timeNs === "number")
                        message.timeNs = object.timeNs;
                    else if (typeof object.timeNs === "object")
                        message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AcknowledgeAlertResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {vigil.v1.AcknowledgeAlertResponse} message AcknowledgeAlertResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AcknowledgeAlertResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.acknowledgedBy = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.acknowledgedBy != null && Object.hasOwnProperty.call(message, "acknowledgedBy"))
                    object.acknowledgedBy = message.acknowledgedBy;
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === String ? String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                return object;
            };

            /**
             * Converts this AcknowledgeAlertResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AcknowledgeAlertResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for AcknowledgeAlertResponse
             * @function getTypeUrl
             * @memberof vigil.v1.AcknowledgeAlertResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AcknowledgeAlertResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.AcknowledgeAlertResponse";
            };

            return AcknowledgeAlertResponse;
        })();

        v1.ListSensorsRequest = (function() {

            /**
             * Properties of a ListSensorsRequest.
             * @memberof vigil.v1
             * @interface IListSensorsRequest
             * @property {Array.<string>|null} [hosts] ListSensorsRequest hosts
             */

            /**
             * Constructs a new ListSensorsRequest.
             * @memberof vigil.v1
             * @classdesc Represents a ListSensorsRequest.
             * @implements IListSensorsRequest
             * @constructor
             * @param {vigil.v1.IListSensorsRequest=} [properties] Properties to set
             */
            function ListSensorsRequest(properties) {
                this.hosts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListSensorsRequest hosts.
             * @member {Array.<string>} hosts
             * @memberof vigil.v1.ListSensorsRequest
             * @instance
             */
            ListSensorsRequest.prototype.hosts = $util.emptyArray;

            /**
             * Creates a new ListSensorsRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {vigil.v1.IListSensorsRequest=} [properties] Properties to set
             * @returns {vigil.v1.ListSensorsRequest} ListSensorsRequest instance
             */
            ListSensorsRequest.create = function create(properties) {
                return new ListSensorsRequest(properties);
            };

            /**
             * Encodes the specified ListSensorsRequest message. Does not implicitly {@link vigil.v1.ListSensorsRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {vigil.v1.IListSensorsRequest} message ListSensorsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSensorsRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.hosts != null && message.hosts.length)
                    for (let i = 0; i < message.hosts.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hosts[i]);
                return writer;
            };

            /**
             * Encodes the specified ListSensorsRequest message, length delimited. Does not implicitly {@link vigil.v1.ListSensorsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {vigil.v1.IListSensorsRequest} message ListSensorsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSensorsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListSensorsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ListSensorsRequest} ListSensorsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSensorsRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ListSensorsRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.hosts && message.hosts.length))
                                message.hosts = [];
                            message.hosts.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListSensorsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ListSensorsRequest} ListSensorsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSensorsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListSensorsRequest message.
             * @function verify
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListSensorsRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.hosts != null && Object.hasOwnProperty.call(message, "hosts")) {
                    if (!Array.isArray(message.hosts))
                        return "hosts: array expected";
                    for (let i = 0; i < message.hosts.length; ++i)
                        if (!$util.isString(message.hosts[i]))
                            return "hosts: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ListSensorsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ListSensorsRequest} ListSensorsRequest
             */
            ListSensorsRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ListSensorsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ListSensorsRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ListSensorsRequest();
                if (object.hosts) {
                    if (!Array.isArray(object.hosts))
                        throw TypeError(".vigil.v1.ListSensorsRequest.hosts: array expected");
                    message.hosts = [];
                    for (let i = 0; i < object.hosts.length; ++i)
                        message.hosts[i] = String(object.hosts[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ListSensorsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {vigil.v1.ListSensorsRequest} message ListSensorsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListSensorsRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hosts = [];
                if (message.hosts && message.hosts.length) {
                    object.hosts = [];
                    for (let j = 0; j < message.hosts.length; ++j)
                        object.hosts[j] = message.hosts[j];
                }
                return object;
            };

            /**
             * Converts this ListSensorsRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.ListSensorsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListSensorsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListSensorsRequest
             * @function getTypeUrl
             * @memberof vigil.v1.ListSensorsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListSensorsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ListSensorsRequest";
            };

            return ListSensorsRequest;
        })();

        v1.SensorInfo = (function() {

            /**
             * Properties of a SensorInfo.
             * @memberof vigil.v1
             * @interface ISensorInfo
             * @property {string|null} [sensorId] SensorInfo sensorId
             * @property {string|null} [host] SensorInfo host
             * @property {vigil.v1.ISensorStatus|null} [status] SensorInfo status
             * @property {number|Long|null} [lastSeenNs] SensorInfo lastSeenNs
             * @property {boolean|null} [stale] SensorInfo stale
             */

            /**
             * Constructs a new SensorInfo.
             * @memberof vigil.v1
             * @classdesc Represents a SensorInfo.
             * @implements ISensorInfo
             * @constructor
             * @param {vigil.v1.ISensorInfo=} [properties] Properties to set
             */
            function SensorInfo(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SensorInfo sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.SensorInfo
             * @instance
             */
            SensorInfo.prototype.sensorId = "";

            /**
             * SensorInfo host.
             * @member {string} host
             * @memberof vigil.v1.SensorInfo
             * @instance
             */
            SensorInfo.prototype.host = "";

            /**
             * SensorInfo status.
             * @member {vigil.v1.ISensorStatus|null|undefined} status
             * @memberof vigil.v1.SensorInfo
             * @instance
             */
            SensorInfo.prototype.status = null;

            /**
             * SensorInfo lastSeenNs.
             * @member {number|Long} lastSeenNs
             * @memberof vigil.v1.SensorInfo
             * @instance
             */
            SensorInfo.prototype.lastSeenNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SensorInfo stale.
             * @member {boolean} stale
             * @memberof vigil.v1.SensorInfo
             * @instance
             */
            SensorInfo.prototype.stale = false;

            /**
             * Creates a new SensorInfo instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {vigil.v1.ISensorInfo=} [properties] Properties to set
             * @returns {vigil.v1.SensorInfo} SensorInfo instance
             */
            SensorInfo.create = function create(properties) {
                return new SensorInfo(properties);
            };

            /**
             * Encodes the specified SensorInfo message. Does not implicitly {@link vigil.v1.SensorInfo.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {vigil.v1.ISensorInfo} message SensorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sensorId != null && Object.hasOwnProperty.call(message, "sensorId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensorId);
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.vigil.v1.SensorStatus.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.lastSeenNs != null && Object.hasOwnProperty.call(message, "lastSeenNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeenNs);
                if (message.stale != null && Object.hasOwnProperty.call(message, "stale"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stale);
                return writer;
            };

            /**
             * Encodes the specified SensorInfo message, length delimited. Does not implicitly {@link vigil.v1.SensorInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {vigil.v1.ISensorInfo} message SensorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorInfo.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SensorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SensorInfo} SensorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.SensorInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sensorId = reader.string();
                            break;
                        }
                    case 2: {
                            message.host = reader.string();
                            break;
                        }
                    case 3: {
                            message.status = $root.vigil.v1.SensorStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.lastSeenNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.stale = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SensorInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.SensorInfo} SensorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorInfo.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SensorInfo message.
             * @function verify
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SensorInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sensorId != null && Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.status != null && Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.vigil.v1.SensorStatus.verify(message.status, long + 1);
                    if (error)
                        return "status." + error;
                }
                if (message.lastSeenNs != null && Object.hasOwnProperty.call(message, "lastSeenNs"))
                    if (!$util.isInteger(message.lastSeenNs) && !(message.lastSeenNs && $util.isInteger(message.lastSeenNs.low) && $util.isInteger(message.lastSeenNs.high)))
                        return "lastSeenNs: integer|Long expected";
                if (message.stale != null && Object.hasOwnProperty.call(message, "stale"))
                    if (typeof message.stale !== "boolean")
                        return "stale: boolean expected";
                return null;
            };

            /**
             * Creates a SensorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SensorInfo} SensorInfo
             */
            SensorInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.SensorInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.SensorInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.SensorInfo();
                if (object.sensorId != null)
                    message.sensorId = String(object.sensorId);
                if (object.host != null)
                    message.host = String(object.host);
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".vigil.v1.SensorInfo.status: object expected");
                    message.status = $root.vigil.v1.SensorStatus.fromObject(object.status, long + 1);
                }
                if (object.lastSeenNs != null)
                    if ($util.Long)
                        message.lastSeenNs = $util.Long.fromValue(object.lastSeenNs, true);
                    else if (typeof object.lastSeenNs === "string")
                        message.lastSeenNs = parseInt(object.lastSeenNs, 10);
                    else if (typeof object.lastSeenNs === "number")
                        message.lastSeenNs = object.lastSeenNs;
                    else if (typeof object.lastSeenNs === "object")
                        message.lastSeenNs = new $util.LongBits(object.lastSeenNs.low >>> 0, object.lastSeenNs.high >>> 0).toNumber(true);
                if (object.stale != null)
                    message.stale = Boolean(object.stale);
                return message;
            };

            /**
             * Creates a plain object from a SensorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {vigil.v1.SensorInfo} message SensorInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SensorInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sensorId = "";
                    object.host = "";
                    object.status = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeenNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.stale = false;
                }
                if (message.sensorId != null && Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.vigil.v1.SensorStatus.toObject(message.status, options, q + 1);
                if (message.lastSeenNs != null && Object.hasOwnProperty.call(message, "lastSeenNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lastSeenNs = typeof message.lastSeenNs === "number" ? BigInt(message.lastSeenNs) : $util.Long.fromBits(message.lastSeenNs.low >>> 0, message.lastSeenNs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeenNs === "number")
                        object.lastSeenNs = options.longs === String ? String(message.lastSeenNs) : message.lastSeenNs;
                    else
                        object.lastSeenNs = options.longs === String ? $util.Long.prototype.toString.call(message.lastSeenNs) : options.longs === Number ? new $util.LongBits(message.lastSeenNs.low >>> 0, message.lastSeenNs.high >>> 0).toNumber(true) : message.lastSeenNs;
                if (message.stale != null && Object.hasOwnProperty.call(message, "stale"))
                    object.stale = message.stale;
                return object;
            };

            /**
             * Converts this SensorInfo to JSON.
             * @function toJSON
             * @memberof vigil.v1.SensorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SensorInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SensorInfo
             * @function getTypeUrl
             * @memberof vigil.v1.SensorInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SensorInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.SensorInfo";
            };

            return SensorInfo;
        })();

        v1.ListSensorsResponse = (function() {

            /**
             * Properties of a ListSensorsResponse.
             * @memberof vigil.v1
             * @interface IListSensorsResponse
             * @property {Array.<vigil.v1.ISensorInfo>|null} [sensors] ListSensorsResponse sensors
             */

            /**
             * Constructs a new ListSensorsResponse.
             * @memberof vigil.v1
             * @classdesc Represents a ListSensorsResponse.
             * @implements IListSensorsResponse
             * @constructor
             * @param {vigil.v1.IListSensorsResponse=} [properties] Properties to set
             */
            function ListSensorsResponse(properties) {
                this.sensors = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListSensorsResponse sensors.
             * @member {Array.<vigil.v1.ISensorInfo>} sensors
             * @memberof vigil.v1.ListSensorsResponse
             * @instance
             */
            ListSensorsResponse.prototype.sensors = $util.emptyArray;

            /**
             * Creates a new ListSensorsResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {vigil.v1.IListSensorsResponse=} [properties] Properties to set
             * @returns {vigil.v1.ListSensorsResponse} ListSensorsResponse instance
             */
            ListSensorsResponse.create = function create(properties) {
                return new ListSensorsResponse(properties);
            };

            /**
             * Encodes the specified ListSensorsResponse message. Does not implicitly {@link vigil.v1.ListSensorsResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {vigil.v1.IListSensorsResponse} message ListSensorsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSensorsResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sensors != null && message.sensors.length)
                    for (let i = 0; i < message.sensors.length; ++i)
                        $root.vigil.v1.SensorInfo.encode(message.sensors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified ListSensorsResponse message, length delimited. Does not implicitly {@link vigil.v1.ListSensorsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {vigil.v1.IListSensorsResponse} message ListSensorsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSensorsResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListSensorsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ListSensorsResponse} ListSensorsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSensorsResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ListSensorsResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.sensors && message.sensors.length))
                                message.sensors = [];
                            message.sensors.push($root.vigil.v1.SensorInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListSensorsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ListSensorsResponse} ListSensorsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSensorsResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListSensorsResponse message.
             * @function verify
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListSensorsResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sensors != null && Object.hasOwnProperty.call(message, "sensors")) {
                    if (!Array.isArray(message.sensors))
                        return "sensors: array expected";
                    for (let i = 0; i < message.sensors.length; ++i) {
                        let error = $root.vigil.v1.SensorInfo.verify(message.sensors[i], long + 1);
                        if (error)
                            return "sensors." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListSensorsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ListSensorsResponse} ListSensorsResponse
             */
            ListSensorsResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ListSensorsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ListSensorsResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ListSensorsResponse();
                if (object.sensors) {
                    if (!Array.isArray(object.sensors))
                        throw TypeError(".vigil.v1.ListSensorsResponse.sensors: array expected");
                    message.sensors = [];
                    for (let i = 0; i < object.sensors.length; ++i) {
                        if (!$util.isObject(object.sensors[i]))
                            throw TypeError(".vigil.v1.ListSensorsResponse.sensors: object expected");
                        message.sensors[i] = $root.vigil.v1.SensorInfo.fromObject(object.sensors[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListSensorsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {vigil.v1.ListSensorsResponse} message ListSensorsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListSensorsResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sensors = [];
                if (message.sensors && message.sensors.length) {
                    object.sensors = [];
                    for (let j = 0; j < message.sensors.length; ++j)
                        object.sensors[j] = $root.vigil.v1.SensorInfo.toObject(message.sensors[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ListSensorsResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.ListSensorsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListSensorsResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListSensorsResponse
             * @function getTypeUrl
             * @memberof vigil.v1.ListSensorsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListSensorsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ListSensorsResponse";
            };

            return ListSensorsResponse;
        })();

        v1.ListRulesRequest = (function() {

            /**
             * Properties of a ListRulesRequest.
             * @memberof vigil.v1
             * @interface IListRulesRequest
             */

            /**
             * Constructs a new ListRulesRequest.
             * @memberof vigil.v1
             * @classdesc Represents a ListRulesRequest.
             * @implements IListRulesRequest
             * @constructor
             * @param {vigil.v1.IListRulesRequest=} [properties] Properties to set
             */
            function ListRulesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new ListRulesRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {vigil.v1.IListRulesRequest=} [properties] Properties to set
             * @returns {vigil.v1.ListRulesRequest} ListRulesRequest instance
             */
            ListRulesRequest.create = function create(properties) {
                return new ListRulesRequest(properties);
            };

            /**
             * Encodes the specified ListRulesRequest message. Does not implicitly {@link vigil.v1.ListRulesRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {vigil.v1.IListRulesRequest} message ListRulesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRulesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Encodes the specified ListRulesRequest message, length delimited. Does not implicitly {@link vigil.v1.ListRulesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {vigil.v1.IListRulesRequest} message ListRulesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRulesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListRulesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ListRulesRequest} ListRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRulesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ListRulesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListRulesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ListRulesRequest} ListRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRulesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListRulesRequest message.
             * @function verify
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListRulesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a ListRulesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ListRulesRequest} ListRulesRequest
             */
            ListRulesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ListRulesRequest)
                    return object;
                return new $root.vigil.v1.ListRulesRequest();
            };

            /**
             * Creates a plain object from a ListRulesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {vigil.v1.ListRulesRequest} message ListRulesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListRulesRequest.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this ListRulesRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.ListRulesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListRulesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListRulesRequest
             * @function getTypeUrl
             * @memberof vigil.v1.ListRulesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListRulesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ListRulesRequest";
            };

            return ListRulesRequest;
        })();

        v1.RuleInfo = (function() {

            /**
             * Properties of a RuleInfo.
             * @memberof vigil.v1
             * @interface IRuleInfo
             * @property {string|null} [name] RuleInfo name
             * @property {string|null} [desc] RuleInfo desc
             * @property {vigil.v1.Priority|null} [priority] RuleInfo priority
             * @property {Array.<string>|null} [tags] RuleInfo tags
             * @property {boolean|null} [enabled] RuleInfo enabled
             * @property {string|null} [file] RuleInfo file
             */

            /**
             * Constructs a new RuleInfo.
             * @memberof vigil.v1
             * @classdesc Represents a RuleInfo.
             * @implements IRuleInfo
             * @constructor
             * @param {vigil.v1.IRuleInfo=} [properties] Properties to set
             */
            function RuleInfo(properties) {
                this.tags = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RuleInfo name.
             * @member {string} name
             * @memberof vigil.v1.RuleInfo
             * @instance
             */
            RuleInfo.prototype.name = "";

            /**
             * RuleInfo desc.
             * @member {string} desc
             * @memberof vigil.v1.RuleInfo
             * @instance
             */
            RuleInfo.prototype.desc = "";

            /**
             * RuleInfo priority.
             * @member {vigil.v1.Priority} priority
             * @memberof vigil.v1.RuleInfo
             * @instance
             */
            RuleInfo.prototype.priority = 0;

            /**
             * RuleInfo tags.
             * @member {Array.<string>} tags
             * @memberof vigil.v1.RuleInfo
             * @instance
             */
            RuleInfo.prototype.tags = $util.emptyArray;

            /**
             * RuleInfo enabled.
             * @member {boolean} enabled
             * @memberof vigil.v1.RuleInfo
             * @instance
             */
            RuleInfo.prototype.enabled = false;

            /**
             * RuleInfo file.
             * @member {string} file
             * @memberof vigil.v1.RuleInfo
             * @instance
             */
            RuleInfo.prototype.file = "";

            /**
             * Creates a new RuleInfo instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {vigil.v1.IRuleInfo=} [properties] Properties to set
             * @returns {vigil.v1.RuleInfo} RuleInfo instance
             */
            RuleInfo.create = function create(properties) {
                return new RuleInfo(properties);
            };

            /**
             * Encodes the specified RuleInfo message. Does not implicitly {@link vigil.v1.RuleInfo.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {vigil.v1.IRuleInfo} message RuleInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.desc != null && Object.hasOwnProperty.call(message, "desc"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.desc);
                if (message.priority != null && Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.priority);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.tags[i]);
                if (message.enabled != null && Object.hasOwnProperty.call(message, "enabled"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.enabled);
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.file);
                return writer;
            };

            /**
             * Encodes the specified RuleInfo message, length delimited. Does not implicitly {@link vigil.v1.RuleInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {vigil.v1.IRuleInfo} message RuleInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleInfo.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RuleInfo message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RuleInfo} RuleInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.RuleInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.desc = reader.string();
                            break;
                        }
                    case 3: {
                            message.priority = reader.int32();
                            break;
                        }
                    case 4: {
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.string());
                            break;
                        }
                    case 5: {
                            message.enabled = reader.bool();
                            break;
                        }
                    case 6: {
                            message.file = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a RuleInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RuleInfo} RuleInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleInfo.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RuleInfo message.
             * @function verify
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RuleInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.desc != null && Object.hasOwnProperty.call(message, "desc"))
                    if (!$util.isString(message.desc))
                        return "desc: string expected";
                if (message.priority != null && Object.hasOwnProperty.call(message, "priority"))
                    switch (message.priority) {
                    default:
                        return "priority: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                        break;
                    }
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags")) {
                    if (!Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.enabled != null && Object.hasOwnProperty.call(message, "enabled"))
                    if (typeof message.enabled !== "boolean")
                        return "enabled: boolean expected";
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    if (!$util.isString(message.file))
                        return "file: string expected";
                return null;
            };

            /**
             * Creates a RuleInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RuleInfo} RuleInfo
             */
            RuleInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.RuleInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.RuleInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.RuleInfo();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.desc != null)
                    message.desc = String(object.desc);
                switch (object.priority) {
                default:
                    if (typeof object.priority === "number") {
                        message.priority = object.priority;
                        break;
                    }
                    break;
                case "PRIORITY_UNSPECIFIED":
                case 0:
                    message.priority = 0;
                    break;
                case "PRIORITY_EMERGENCY":
                case 1:
                    message.priority = 1;
                    break;
                case "PRIORITY_ALERT":
                case 2:
                    message.priority = 2;
                    break;
                case "PRIORITY_CRITICAL":
                case 3:
                    message.priority = 3;
                    break;
                case "PRIORITY_ERROR":
                case 4:
                    message.priority = 4;
                    break;
                case "PRIORITY_WARNING":
                case 5:
                    message.priority = 5;
                    break;
                case "PRIORITY_NOTICE":
                case 6:
                    message.priority = 6;
                    break;
                case "PRIORITY_INFORMATIONAL":
                case 7:
                    message.priority = 7;
                    break;
                case "PRIORITY_DEBUG":
                case 8:
                    message.priority = 8;
                    break;
                }
                if (object.tags) {
                    if (!Array.isArray(object.tags))
                        throw TypeError(".vigil.v1.RuleInfo.tags: array expected");
                    message.tags = [];
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = String(object.tags[i]);
                }
                if (object.enabled != null)
                    message.enabled = Boolean(object.enabled);
                if (object.file != null)
                    message.file = String(object.file);
                return message;
            };

            /**
             * Creates a plain object from a RuleInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {vigil.v1.RuleInfo} message RuleInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RuleInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tags = [];
                if (options.defaults) {
                    object.name = "";
                    object.desc = "";
                    object.priority = options.enums === String ? "PRIORITY_UNSPECIFIED" : 0;
                    object.enabled = false;
                    object.file = "";
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.desc != null && Object.hasOwnProperty.call(message, "desc"))
                    object.desc = message.desc;
                if (message.priority != null && Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === String ? $root.vigil.v1.Priority[message.priority] === undefined ? message.priority : $root.vigil.v1.Priority[message.priority] : message.priority;
                if (message.tags && message.tags.length) {
                    object.tags = [];
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.enabled != null && Object.hasOwnProperty.call(message, "enabled"))
                    object.enabled = message.enabled;
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    object.file = message.file;
                return object;
            };

            /**
             * Converts this RuleInfo to JSON.
             * @function toJSON
             * @memberof vigil.v1.RuleInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RuleInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RuleInfo
             * @function getTypeUrl
             * @memberof vigil.v1.RuleInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RuleInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.RuleInfo";
            };

            return RuleInfo;
        })();

        v1.ListRulesResponse = (function() {

            /**
             * Properties of a ListRulesResponse.
             * @memberof vigil.v1
             * @interface IListRulesResponse
             * @property {Array.<vigil.v1.IRuleInfo>|null} [rules] ListRulesResponse rules
             */

            /**
             * Constructs a new ListRulesResponse.
             * @memberof vigil.v1
             * @classdesc Represents a ListRulesResponse.
             * @implements IListRulesResponse
             * @constructor
             * @param {vigil.v1.IListRulesResponse=} [properties] Properties to set
             */
            function ListRulesResponse(properties) {
                this.rules = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListRulesResponse rules.
             * @member {Array.<vigil.v1.IRuleInfo>} rules
             * @memberof vigil.v1.ListRulesResponse
             * @instance
             */
            ListRulesResponse.prototype.rules = $util.emptyArray;

            /**
             * Creates a new ListRulesResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {vigil.v1.IListRulesResponse=} [properties] Properties to set
             * @returns {vigil.v1.ListRulesResponse} ListRulesResponse instance
             */
            ListRulesResponse.create = function create(properties) {
                return new ListRulesResponse(properties);
            };

            /**
             * Encodes the specified ListRulesResponse message. Does not implicitly {@link vigil.v1.ListRulesResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {vigil.v1.IListRulesResponse} message ListRulesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRulesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        $root.vigil.v1.RuleInfo.encode(message.rules[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified ListRulesResponse message, length delimited. Does not implicitly {@link vigil.v1.ListRulesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {vigil.v1.IListRulesResponse} message ListRulesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRulesResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListRulesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ListRulesResponse} ListRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRulesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ListRulesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push($root.vigil.v1.RuleInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ListRulesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ListRulesResponse} ListRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRulesResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListRulesResponse message.
             * @function verify
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListRulesResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.rules != null && Object.hasOwnProperty.call(message, "rules")) {
                    if (!Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i) {
                        let error = $root.vigil.v1.RuleInfo.verify(message.rules[i], long + 1);
                        if (error)
                            return "rules." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListRulesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ListRulesResponse} ListRulesResponse
             */
            ListRulesResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ListRulesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ListRulesResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ListRulesResponse();
                if (object.rules) {
                    if (!Array.isArray(object.rules))
                        throw TypeError(".vigil.v1.ListRulesResponse.rules: array expected");
                    message.rules = [];
                    for (let i = 0; i < object.rules.length; ++i) {
                        if (!$util.isObject(object.rules[i]))
                            throw TypeError(".vigil.v1.ListRulesResponse.rules: object expected");
                        message.rules[i] = $root.vigil.v1.RuleInfo.fromObject(object.rules[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListRulesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {vigil.v1.ListRulesResponse} message ListRulesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListRulesResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rules = [];
                if (message.rules && message.rules.length) {
                    object.rules = [];
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = $root.vigil.v1.RuleInfo.toObject(message.rules[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ListRulesResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.ListRulesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListRulesResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListRulesResponse
             * @function getTypeUrl
             * @memberof vigil.v1.ListRulesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListRulesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ListRulesResponse";
            };

            return ListRulesResponse;
        })();

        v1.ValidateRulesRequest = (function() {

            /**
             * Properties of a ValidateRulesRequest.
             * @memberof vigil.v1
             * @interface IValidateRulesRequest
             * @property {string|null} [name] ValidateRulesRequest name
             * @property {string|null} [content] ValidateRulesRequest content
             */

            /**
             * Constructs a new ValidateRulesRequest.
             * @memberof vigil.v1
             * @classdesc Represents a ValidateRulesRequest.
             * @implements IValidateRulesRequest
             * @constructor
             * @param {vigil.v1.IValidateRulesRequest=} [properties] Properties to set
             */
            function ValidateRulesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ValidateRulesRequest name.
             * @member {string} name
             * @memberof vigil.v1.ValidateRulesRequest
             * @instance
             */
            ValidateRulesRequest.prototype.name = "";

            /**
             * ValidateRulesRequest content.
             * @member {string} content
             * @memberof vigil.v1.ValidateRulesRequest
             * @instance
             */
            ValidateRulesRequest.prototype.content = "";

            /**
             * Creates a new ValidateRulesRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {vigil.v1.IValidateRulesRequest=} [properties] Properties to set
             * @returns {vigil.v1.ValidateRulesRequest} ValidateRulesRequest instance
             */
            ValidateRulesRequest.create = function create(properties) {
                return new ValidateRulesRequest(properties);
            };

            /**
             * Encodes the specified ValidateRulesRequest message. Does not implicitly {@link vigil.v1.ValidateRulesRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {vigil.v1.IValidateRulesRequest} message ValidateRulesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateRulesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                return writer;
            };

            /**
             * Encodes the specified ValidateRulesRequest message, length delimited. Does not implicitly {@link vigil.v1.ValidateRulesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {vigil.v1.IValidateRulesRequest} message ValidateRulesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateRulesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ValidateRulesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ValidateRulesRequest} ValidateRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateRulesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ValidateRulesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.content = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ValidateRulesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ValidateRulesRequest} ValidateRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateRulesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ValidateRulesRequest message.
             * @function verify
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ValidateRulesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    if (!$util.isString(message.content))
                        return "content: string expected";
                return null;
            };

            /**
             * Creates a ValidateRulesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ValidateRulesRequest} ValidateRulesRequest
             */
            ValidateRulesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ValidateRulesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ValidateRulesRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ValidateRulesRequest();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.content != null)
                    message.content = String(object.content);
                return message;
            };

            /**
             * Creates a plain object from a ValidateRulesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {vigil.v1.ValidateRulesRequest} message ValidateRulesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValidateRulesRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.content = "";
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    object.content = message.content;
                return object;
            };

            /**
             * Converts this ValidateRulesRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.ValidateRulesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValidateRulesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ValidateRulesRequest
             * @function getTypeUrl
             * @memberof vigil.v1.ValidateRulesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ValidateRulesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ValidateRulesRequest";
            };

            return ValidateRulesRequest;
        })();

        v1.RuleProblem = (function() {

            /**
             * Properties of a RuleProblem.
             * @memberof vigil.v1
             * @interface IRuleProblem
             * @property {string|null} [file] RuleProblem file
             * @property {number|null} [line] RuleProblem line
             * @property {number|null} [column] RuleProblem column
             * @property {string|null} [message] RuleProblem message
             * @property {string|null} [code] RuleProblem code
             * @property {boolean|null} [error] RuleProblem error
             */

            /**
             * Constructs a new RuleProblem.
             * @memberof vigil.v1
             * @classdesc Represents a RuleProblem.
             * @implements IRuleProblem
             * @constructor
             * @param {vigil.v1.IRuleProblem=} [properties] Properties to set
             */
            function RuleProblem(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RuleProblem file.
             * @member {string} file
             * @memberof vigil.v1.RuleProblem
             * @instance
             */
            RuleProblem.prototype.file = "";

            /**
             * RuleProblem line.
             * @member {number} line
             * @memberof vigil.v1.RuleProblem
             * @instance
             */
            RuleProblem.prototype.line = 0;

            /**
             * RuleProblem column.
             * @member {number} column
             * @memberof vigil.v1.RuleProblem
             * @instance
             */
            RuleProblem.prototype.column = 0;

            /**
             * RuleProblem message.
             * @member {string} message
             * @memberof vigil.v1.RuleProblem
             * @instance
             */
            RuleProblem.prototype.message = "";

            /**
             * RuleProblem code.
             * @member {string} code
             * @memberof vigil.v1.RuleProblem
             * @instance
             */
            RuleProblem.prototype.code = "";

            /**
             * RuleProblem error.
             * @member {boolean} error
             * @memberof vigil.v1.RuleProblem
             * @instance
             */
            RuleProblem.prototype.error = false;

            /**
             * Creates a new RuleProblem instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {vigil.v1.IRuleProblem=} [properties] Properties to set
             * @returns {vigil.v1.RuleProblem} RuleProblem instance
             */
            RuleProblem.create = function create(properties) {
                return new RuleProblem(properties);
            };

            /**
             * Encodes the specified RuleProblem message. Does not implicitly {@link vigil.v1.RuleProblem.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {vigil.v1.IRuleProblem} message RuleProblem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleProblem.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.file);
                if (message.line != null && Object.hasOwnProperty.call(message, "line"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.line);
                if (message.column != null && Object.hasOwnProperty.call(message, "column"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.column);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.code);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.error);
                return writer;
            };

            /**
             * Encodes the specified RuleProblem message, length delimited. Does not implicitly {@link vigil.v1.RuleProblem.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {vigil.v1.IRuleProblem} message RuleProblem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleProblem.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RuleProblem message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RuleProblem} RuleProblem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleProblem.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.RuleProblem();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.file = reader.string();
                            break;
                        }
                    case 2: {
                            message.line = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.column = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.message = reader.string();
                            break;
                        }
                    case 5: {
                            message.code = reader.string();
                            break;
                        }
                    case 6: {
                            message.error = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a RuleProblem message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RuleProblem} RuleProblem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleProblem.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RuleProblem message.
             * @function verify
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RuleProblem.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    if (!$util.isString(message.file))
                        return "file: string expected";
                if (message.line != null && Object.hasOwnProperty.call(message, "line"))
                    if (!$util.isInteger(message.line))
                        return "line: integer expected";
                if (message.column != null && Object.hasOwnProperty.call(message, "column"))
                    if (!$util.isInteger(message.column))
                        return "column: integer expected";
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    if (typeof message.error !== "boolean")
                        return "error: boolean expected";
                return null;
            };

            /**
             * Creates a RuleProblem message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RuleProblem} RuleProblem
             */
            RuleProblem.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.RuleProblem)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.RuleProblem: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.RuleProblem();
                if (object.file != null)
                    message.file = String(object.file);
                if (object.line != null)
                    message.line = object.line >>> 0;
                if (object.column != null)
                    message.column = object.column >>> 0;
                if (object.message != null)
                    message.message = String(object.message);
                if (object.code != null)
                    message.code = String(object.code);
                if (object.error != null)
                    message.error = Boolean(object.error);
                return message;
            };

            /**
             * Creates a plain object from a RuleProblem message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {vigil.v1.RuleProblem} message RuleProblem
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RuleProblem.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.file = "";
                    object.line = 0;
                    object.column = 0;
                    object.message = "";
                    object.code = "";
                    object.error = false;
                }
                if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                    object.file = message.file;
                if (message.line != null && Object.hasOwnProperty.call(message, "line"))
                    object.line = message.line;
                if (message.column != null && Object.hasOwnProperty.call(message, "column"))
                    object.column = message.column;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this RuleProblem to JSON.
             * @function toJSON
             * @memberof vigil.v1.RuleProblem
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RuleProblem.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RuleProblem
             * @function getTypeUrl
             * @memberof vigil.v1.RuleProblem
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RuleProblem.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.RuleProblem";
            };

            return RuleProblem;
        })();

        v1.ValidateRulesResponse = (function() {

            /**
             * Properties of a ValidateRulesResponse.
             * @memberof vigil.v1
             * @interface IValidateRulesResponse
             * @property {boolean|null} [valid] ValidateRulesResponse valid
             * @property {Array.<vigil.v1.IRuleProblem>|null} [problems] ValidateRulesResponse problems
             */

            /**
             * Constructs a new ValidateRulesResponse.
             * @memberof vigil.v1
             * @classdesc Represents a ValidateRulesResponse.
             * @implements IValidateRulesResponse
             * @constructor
             * @param {vigil.v1.IValidateRulesResponse=} [properties] Properties to set
             */
            function ValidateRulesResponse(properties) {
                this.problems = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ValidateRulesResponse valid.
             * @member {boolean} valid
             * @memberof vigil.v1.ValidateRulesResponse
             * @instance
             */
            ValidateRulesResponse.prototype.valid = false;

            /**
             * ValidateRulesResponse problems.
             * @member {Array.<vigil.v1.IRuleProblem>} problems
             * @memberof vigil.v1.ValidateRulesResponse
             * @instance
             */
            ValidateRulesResponse.prototype.problems = $util.emptyArray;

            /**
             * Creates a new ValidateRulesResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {vigil.v1.IValidateRulesResponse=} [properties] Properties to set
             * @returns {vigil.v1.ValidateRulesResponse} ValidateRulesResponse instance
             */
            ValidateRulesResponse.create = function create(properties) {
                return new ValidateRulesResponse(properties);
            };

            /**
             * Encodes the specified ValidateRulesResponse message. Does not implicitly {@link vigil.v1.ValidateRulesResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {vigil.v1.IValidateRulesResponse} message ValidateRulesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateRulesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.valid != null && Object.hasOwnProperty.call(message, "valid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.valid);
                if (message.problems != null && message.problems.length)
                    for (let i = 0; i < message.problems.length; ++i)
                        $root.vigil.v1.RuleProblem.encode(message.problems[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified ValidateRulesResponse message, length delimited. Does not implicitly {@link vigil.v1.ValidateRulesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {vigil.v1.IValidateRulesResponse} message ValidateRulesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateRulesResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ValidateRulesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ValidateRulesResponse} ValidateRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateRulesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ValidateRulesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.valid = reader.bool();
                            break;
                        }
                    case 2: {
                            if (!(message.problems && message.problems.length))
                                message.problems = [];
                            message.problems.push($root.vigil.v1.RuleProblem.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ValidateRulesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ValidateRulesResponse} ValidateRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateRulesResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ValidateRulesResponse message.
             * @function verify
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ValidateRulesResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.valid != null && Object.hasOwnProperty.call(message, "valid"))
                    if (typeof message.valid !== "boolean")
                        return "valid: boolean expected";
                if (message.problems != null && Object.hasOwnProperty.call(message, "problems")) {
                    if (!Array.isArray(message.problems))
                        return "problems: array expected";
                    for (let i = 0; i < message.problems.length; ++i) {
                        let error = $root.vigil.v1.RuleProblem.verify(message.problems[i], long + 1);
                        if (error)
                            return "problems." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ValidateRulesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ValidateRulesResponse} ValidateRulesResponse
             */
            ValidateRulesResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ValidateRulesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ValidateRulesResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ValidateRulesResponse();
                if (object.valid != null)
                    message.valid = Boolean(object.valid);
                if (object.problems) {
                    if (!Array.isArray(object.problems))
                        throw TypeError(".vigil.v1.ValidateRulesResponse.problems: array expected");
                    message.problems = [];
                    for (let i = 0; i < object.problems.length; ++i) {
                        if (!$util.isObject(object.problems[i]))
                            throw TypeError(".vigil.v1.ValidateRulesResponse.problems: object expected");
                        message.problems[i] = $root.vigil.v1.RuleProblem.fromObject(object.problems[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ValidateRulesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {vigil.v1.ValidateRulesResponse} message ValidateRulesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValidateRulesResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.problems = [];
                if (options.defaults)
                    object.valid = false;
                if (message.valid != null && Object.hasOwnProperty.call(message, "valid"))
                    object.valid = message.valid;
                if (message.problems && message.problems.length) {
                    object.problems = [];
                    for (let j = 0; j < message.problems.length; ++j)
                        object.problems[j] = $root.vigil.v1.RuleProblem.toObject(message.problems[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ValidateRulesResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.ValidateRulesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValidateRulesResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ValidateRulesResponse
             * @function getTypeUrl
             * @memberof vigil.v1.ValidateRulesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ValidateRulesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ValidateRulesResponse";
            };

            return ValidateRulesResponse;
        })();

        v1.PutRulesRequest = (function() {

            /**
             * Properties of a PutRulesRequest.
             * @memberof vigil.v1
             * @interface IPutRulesRequest
             * @property {string|null} [name] PutRulesRequest name
             * @property {string|null} [content] PutRulesRequest content
             */

            /**
             * Constructs a new PutRulesRequest.
             * @memberof vigil.v1
             * @classdesc Represents a PutRulesRequest.
             * @implements IPutRulesRequest
             * @constructor
             * @param {vigil.v1.IPutRulesRequest=} [properties] Properties to set
             */
            function PutRulesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PutRulesRequest name.
             * @member {string} name
             * @memberof vigil.v1.PutRulesRequest
             * @instance
             */
            PutRulesRequest.prototype.name = "";

            /**
             * PutRulesRequest content.
             * @member {string} content
             * @memberof vigil.v1.PutRulesRequest
             * @instance
             */
            PutRulesRequest.prototype.content = "";

            /**
             * Creates a new PutRulesRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {vigil.v1.IPutRulesRequest=} [properties] Properties to set
             * @returns {vigil.v1.PutRulesRequest} PutRulesRequest instance
             */
            PutRulesRequest.create = function create(properties) {
                return new PutRulesRequest(properties);
            };

            /**
             * Encodes the specified PutRulesRequest message. Does not implicitly {@link vigil.v1.PutRulesRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {vigil.v1.IPutRulesRequest} message PutRulesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutRulesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                return writer;
            };

            /**
             * Encodes the specified PutRulesRequest message, length delimited. Does not implicitly {@link vigil.v1.PutRulesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {vigil.v1.IPutRulesRequest} message PutRulesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutRulesRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PutRulesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.PutRulesRequest} PutRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutRulesRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.PutRulesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.content = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a PutRulesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.PutRulesRequest} PutRulesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutRulesRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PutRulesRequest message.
             * @function verify
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutRulesRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    if (!$util.isString(message.content))
                        return "content: string expected";
                return null;
            };

            /**
             * Creates a PutRulesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.PutRulesRequest} PutRulesRequest
             */
            PutRulesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.PutRulesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.PutRulesRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.PutRulesRequest();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.content != null)
                    message.content = String(object.content);
                return message;
            };

            /**
             * Creates a plain object from a PutRulesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {vigil.v1.PutRulesRequest} message PutRulesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutRulesRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.content = "";
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    object.content = message.content;
                return object;
            };

            /**
             * Converts this PutRulesRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.PutRulesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutRulesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PutRulesRequest
             * @function getTypeUrl
             * @memberof vigil.v1.PutRulesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PutRulesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.PutRulesRequest";
            };

            return PutRulesRequest;
        })();

        v1.PutRulesResponse = (function() {

            /**
             * Properties of a PutRulesResponse.
             * @memberof vigil.v1
             * @interface IPutRulesResponse
             * @property {number|null} [rules] PutRulesResponse rules
             * @property {Array.<vigil.v1.IRuleProblem>|null} [problems] PutRulesResponse problems
             */

            /**
             * Constructs a new PutRulesResponse.
             * @memberof vigil.v1
             * @classdesc Represents a PutRulesResponse.
             * @implements IPutRulesResponse
             * @constructor
             * @param {vigil.v1.IPutRulesResponse=} [properties] Properties to set
             */
            function PutRulesResponse(properties) {
                this.problems = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PutRulesResponse rules.
             * @member {number} rules
             * @memberof vigil.v1.PutRulesResponse
             * @instance
             */
            PutRulesResponse.prototype.rules = 0;

            /**
             * PutRulesResponse problems.
             * @member {Array.<vigil.v1.IRuleProblem>} problems
             * @memberof vigil.v1.PutRulesResponse
             * @instance
             */
            PutRulesResponse.prototype.problems = $util.emptyArray;

            /**
             * Creates a new PutRulesResponse instance using the specified properties.
             * @function create
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {vigil.v1.IPutRulesResponse=} [properties] Properties to set
             * @returns {vigil.v1.PutRulesResponse} PutRulesResponse instance
             */
            PutRulesResponse.create = function create(properties) {
                return new PutRulesResponse(properties);
            };

            /**
             * Encodes the specified PutRulesResponse message. Does not implicitly {@link vigil.v1.PutRulesResponse.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {vigil.v1.IPutRulesResponse} message PutRulesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutRulesResponse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.rules != null && Object.hasOwnProperty.call(message, "rules"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rules);
                if (message.problems != null && message.problems.length)
                    for (let i = 0; i < message.problems.length; ++i)
                        $root.vigil.v1.RuleProblem.encode(message.problems[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified PutRulesResponse message, length delimited. Does not implicitly {@link vigil.v1.PutRulesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {vigil.v1.IPutRulesResponse} message PutRulesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutRulesResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PutRulesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.PutRulesResponse} PutRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutRulesResponse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.PutRulesResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.rules = reader.uint32();
                            break;
                        }
                    case 2: {
                            if (!(message.problems && message.problems.length))
                                message.problems = [];
                            message.problems.push($root.vigil.v1.RuleProblem.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a PutRulesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.PutRulesResponse} PutRulesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutRulesResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PutRulesResponse message.
             * @function verify
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutRulesResponse.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.rules != null && Object.hasOwnProperty.call(message, "rules"))
                    if (!$util.isInteger(message.rules))
                        return "rules: integer expected";
                if (message.problems != null && Object.hasOwnProperty.call(message, "problems")) {
                    if (!Array.isArray(message.problems))
                        return "problems: array expected";
                    for (let i = 0; i < message.problems.length; ++i) {
                        let error = $root.vigil.v1.RuleProblem.verify(message.problems[i], long + 1);
                        if (error)
                            return "problems." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PutRulesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.PutRulesResponse} PutRulesResponse
             */
            PutRulesResponse.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.PutRulesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.PutRulesResponse: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.PutRulesResponse();
                if (object.rules != null)
                    message.rules = object.rules >>> 0;
                if (object.problems) {
                    if (!Array.isArray(object.problems))
                        throw TypeError(".vigil.v1.PutRulesResponse.problems: array expected");
                    message.problems = [];
                    for (let i = 0; i < object.problems.length; ++i) {
                        if (!$util.isObject(object.problems[i]))
                            throw TypeError(".vigil.v1.PutRulesResponse.problems: object expected");
                        message.problems[i] = $root.vigil.v1.RuleProblem.fromObject(object.problems[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PutRulesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {vigil.v1.PutRulesResponse} message PutRulesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutRulesResponse.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.problems = [];
                if (options.defaults)
                    object.rules = 0;
                if (message.rules != null && Object.hasOwnProperty.call(message, "rules"))
                    object.rules = message.rules;
                if (message.problems && message.problems.length) {
                    object.problems = [];
                    for (let j = 0; j < message.problems.length; ++j)
                        object.problems[j] = $root.vigil.v1.RuleProblem.toObject(message.problems[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this PutRulesResponse to JSON.
             * @function toJSON
             * @memberof vigil.v1.PutRulesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutRulesResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PutRulesResponse
             * @function getTypeUrl
             * @memberof vigil.v1.PutRulesResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PutRulesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.PutRulesResponse";
            };

            return PutRulesResponse;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @memberof vigil.v1
             * @interface IEvent
             * @property {string|null} [id] Event id
             * @property {string|null} [sensorId] Event sensorId
             * @property {string|null} [host] Event host
             * @property {number|Long|null} [timeNs] Event timeNs
             * @property {number|Long|null} [monoNs] Event monoNs
             * @property {number|Long|null} [seq] Event seq
             * @property {vigil.v1.IProcess|null} [process] Event process
             * @property {vigil.v1.IContainer|null} [container] Event container
             * @property {vigil.v1.IProcessExec|null} [processExec] Event processExec
             * @property {vigil.v1.IProcessFork|null} [processFork] Event processFork
             * @property {vigil.v1.IProcessExit|null} [processExit] Event processExit
             * @property {vigil.v1.IFileOpen|null} [fileOpen] Event fileOpen
             * @property {vigil.v1.IFileWrite|null} [fileWrite] Event fileWrite
             * @property {vigil.v1.IFileRename|null} [fileRename] Event fileRename
             * @property {vigil.v1.IFileUnlink|null} [fileUnlink] Event fileUnlink
             * @property {vigil.v1.IFileChmod|null} [fileChmod] Event fileChmod
             * @property {vigil.v1.IFileChown|null} [fileChown] Event fileChown
             * @property {vigil.v1.INetConnect|null} [netConnect] Event netConnect
             * @property {vigil.v1.INetAccept|null} [netAccept] Event netAccept
             * @property {vigil.v1.INetListen|null} [netListen] Event netListen
             * @property {vigil.v1.IContainerLifecycle|null} [containerLifecycle] Event containerLifecycle
             * @property {vigil.v1.ILost|null} [lost] Event lost
             * @property {vigil.v1.ISensorStatus|null} [sensorStatus] Event sensorStatus
             * @property {vigil.v1.IResponseResult|null} [responseResult] Event responseResult
             * @property {vigil.v1.IFileLink|null} [fileLink] Event fileLink
             * @property {vigil.v1.IProcessPtrace|null} [processPtrace] Event processPtrace
             */

            /**
             * Constructs a new Event.
             * @memberof vigil.v1
             * @classdesc Represents an Event.
             * @implements IEvent
             * @constructor
             * @param {vigil.v1.IEvent=} [properties] Properties to set
             */
            function Event(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Event id.
             * @member {string} id
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.id = "";

            /**
             * Event sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.sensorId = "";

            /**
             * Event host.
             * @member {string} host
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.host = "";

            /**
             * Event timeNs.
             * @member {number|Long} timeNs
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event monoNs.
             * @member {number|Long} monoNs
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.monoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event seq.
             * @member {number|Long} seq
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event process.
             * @member {vigil.v1.IProcess|null|undefined} process
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.process = null;

            /**
             * Event container.
             * @member {vigil.v1.IContainer|null|undefined} container
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.container = null;

            /**
             * Event processExec.
             * @member {vigil.v1.IProcessExec|null|undefined} processExec
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.processExec = null;

            /**
             * Event processFork.
             * @member {vigil.v1.IProcessFork|null|undefined} processFork
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.processFork = null;

            /**
             * Event processExit.
             * @member {vigil.v1.IProcessExit|null|undefined} processExit
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.processExit = null;

            /**
             * Event fileOpen.
             * @member {vigil.v1.IFileOpen|null|undefined} fileOpen
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileOpen = null;

            /**
             * Event fileWrite.
             * @member {vigil.v1.IFileWrite|null|undefined} fileWrite
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileWrite = null;

            /**
             * Event fileRename.
             * @member {vigil.v1.IFileRename|null|undefined} fileRename
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileRename = null;

            /**
             * Event fileUnlink.
             * @member {vigil.v1.IFileUnlink|null|undefined} fileUnlink
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileUnlink = null;

            /**
             * Event fileChmod.
             * @member {vigil.v1.IFileChmod|null|undefined} fileChmod
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileChmod = null;

            /**
             * Event fileChown.
             * @member {vigil.v1.IFileChown|null|undefined} fileChown
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileChown = null;

            /**
             * Event netConnect.
             * @member {vigil.v1.INetConnect|null|undefined} netConnect
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.netConnect = null;

            /**
             * Event netAccept.
             * @member {vigil.v1.INetAccept|null|undefined} netAccept
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.netAccept = null;

            /**
             * Event netListen.
             * @member {vigil.v1.INetListen|null|undefined} netListen
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.netListen = null;

            /**
             * Event containerLifecycle.
             * @member {vigil.v1.IContainerLifecycle|null|undefined} containerLifecycle
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.containerLifecycle = null;

            /**
             * Event lost.
             * @member {vigil.v1.ILost|null|undefined} lost
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.lost = null;

            /**
             * Event sensorStatus.
             * @member {vigil.v1.ISensorStatus|null|undefined} sensorStatus
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.sensorStatus = null;

            /**
             * Event responseResult.
             * @member {vigil.v1.IResponseResult|null|undefined} responseResult
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.responseResult = null;

            /**
             * Event fileLink.
             * @member {vigil.v1.IFileLink|null|undefined} fileLink
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileLink = null;

            /**
             * Event processPtrace.
             * @member {vigil.v1.IProcessPtrace|null|undefined} processPtrace
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.processPtrace = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event payload.
             * @member {"processExec"|"processFork"|"processExit"|"fileOpen"|"fileWrite"|"fileRename"|"fileUnlink"|"fileChmod"|"fileChown"|"netConnect"|"netAccept"|"netListen"|"containerLifecycle"|"lost"|"sensorStatus"|"responseResult"|"fileLink"|"processPtrace"|undefined} payload
             * @memberof vigil.v1.Event
             * @instance
             */
            Object.defineProperty(Event.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["processExec", "processFork", "processExit", "fileOpen", "fileWrite", "fileRename", "fileUnlink", "fileChmod", "fileChown", "netConnect", "netAccept", "netListen", "containerLifecycle", "lost", "sensorStatus", "responseResult", "fileLink", "processPtrace"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.IEvent=} [properties] Properties to set
             * @returns {vigil.v1.Event} Event instance
             */
            Event.create = function create(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link vigil.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.IEvent} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.sensorId != null && Object.hasOwnProperty.call(message, "sensorId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sensorId);
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.timeNs);
                if (message.monoNs != null && Object.hasOwnProperty.call(message, "monoNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.monoNs);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.seq);
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.vigil.v1.Process.encode(message.process, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.container != null && Object.hasOwnProperty.call(message, "container"))
                    $root.vigil.v1.Container.encode(message.container, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.processExec != null && Object.hasOwnProperty.call(message, "processExec"))
                    $root.vigil.v1.ProcessExec.encode(message.processExec, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.processFork != null && Object.hasOwnProperty.call(message, "processFork"))
                    $root.vigil.v1.ProcessFork.encode(message.processFork, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.processExit != null && Object.hasOwnProperty.call(message, "processExit"))
                    $root.vigil.v1.ProcessExit.encode(message.processExit, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.fileOpen != null && Object.hasOwnProperty.call(message, "fileOpen"))
                    $root.vigil.v1.FileOpen.encode(message.fileOpen, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.fileWrite != null && Object.hasOwnProperty.call(message, "fileWrite"))
                    $root.vigil.v1.FileWrite.encode(message.fileWrite, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.fileRename != null && Object.hasOwnProperty.call(message, "fileRename"))
                    $root.vigil.v1.FileRename.encode(message.fileRename, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.fileUnlink != null && Object.hasOwnProperty.call(message, "fileUnlink"))
                    $root.vigil.v1.FileUnlink.encode(message.fileUnlink, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.fileChmod != null && Object.hasOwnProperty.call(message, "fileChmod"))
                    $root.vigil.v1.FileChmod.encode(message.fileChmod, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.fileChown != null && Object.hasOwnProperty.call(message, "fileChown"))
                    $root.vigil.v1.FileChown.encode(message.fileChown, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.netConnect != null && Object.hasOwnProperty.call(message, "netConnect"))
                    $root.vigil.v1.NetConnect.encode(message.netConnect, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (message.netAccept != null && Object.hasOwnProperty.call(message, "netAccept"))
                    $root.vigil.v1.NetAccept.encode(message.netAccept, writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (message.netListen != null && Object.hasOwnProperty.call(message, "netListen"))
                    $root.vigil.v1.NetListen.encode(message.netListen, writer.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                if (message.containerLifecycle != null && Object.hasOwnProperty.call(message, "containerLifecycle"))
                    $root.vigil.v1.ContainerLifecycle.encode(message.containerLifecycle, writer.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost"))
                    $root.vigil.v1.Lost.encode(message.lost, writer.uint32(/* id 29, wireType 2 =*/234).fork(), q + 1).ldelim();
                if (message.sensorStatus != null && Object.hasOwnProperty.call(message, "sensorStatus"))
                    $root.vigil.v1.SensorStatus.encode(message.sensorStatus, writer.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (message.responseResult != null && Object.hasOwnProperty.call(message, "responseResult"))
                    $root.vigil.v1.ResponseResult.encode(message.responseResult, writer.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                if (message.fileLink != null && Object.hasOwnProperty.call(message, "fileLink"))
                    $root.vigil.v1.FileLink.encode(message.fileLink, writer.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                if (message.processPtrace != null && Object.hasOwnProperty.call(message, "processPtrace"))
                    $root.vigil.v1.ProcessPtrace.encode(message.processPtrace, writer.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link vigil.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.IEvent} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Event} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Event();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.sensorId = reader.string();
                            break;
                        }
                    case 3: {
                            message.host = reader.string();
                            break;
                        }
                    case 4: {
                            message.timeNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.monoNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.process = $root.vigil.v1.Process.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.container = $root.vigil.v1.Container.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.processExec = $root.vigil.v1.ProcessExec.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.processFork = $root.vigil.v1.ProcessFork.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.processExit = $root.vigil.v1.ProcessExit.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            message.fileOpen = $root.vigil.v1.FileOpen.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.fileWrite = $root.vigil.v1.FileWrite.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.fileRename = $root.vigil.v1.FileRename.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.fileUnlink = $root.vigil.v1.FileUnlink.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.fileChmod = $root.vigil.v1.FileChmod.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.fileChown = $root.vigil.v1.FileChown.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 25: {
                            message.netConnect = $root.vigil.v1.NetConnect.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 26: {
                            message.netAccept = $root.vigil.v1.NetAccept.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 27: {
                            message.netListen = $root.vigil.v1.NetListen.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 28: {
                            message.containerLifecycle = $root.vigil.v1.ContainerLifecycle.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 29: {
                            message.lost = $root.vigil.v1.Lost.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 30: {
                            message.sensorStatus = $root.vigil.v1.SensorStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 31: {
                            message.responseResult = $root.vigil.v1.ResponseResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 32: {
                            message.fileLink = $root.vigil.v1.FileLink.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 33: {
                            message.processPtrace = $root.vigil.v1.ProcessPtrace.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Event} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof vigil.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.sensorId != null && Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.monoNs != null && Object.hasOwnProperty.call(message, "monoNs"))
                    if (!$util.isInteger(message.monoNs) && !(message.monoNs && $util.isInteger(message.monoNs.low) && $util.isInteger(message.monoNs.high)))
                        return "monoNs: integer|Long expected";
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.process != null && Object.hasOwnProperty.call(message, "process")) {
                    let error = $root.vigil.v1.Process.verify(message.process, long + 1);
                    if (error)
                        return "process." + error;
                }
                if (message.container != null && Object.hasOwnProperty.call(message, "container")) {
                    let error = $root.vigil.v1.Container.verify(message.container, long + 1);
                    if (error)
                        return "container." + error;
                }
                if (message.processExec != null && Object.hasOwnProperty.call(message, "processExec")) {
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.ProcessExec.verify(message.processExec, long + 1);
                        if (error)
                            return "processExec." + error;
                    }
                }
                if (message.processFork != null && Object.hasOwnProperty.call(message, "processFork")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.ProcessFork.verify(message.processFork, long + 1);
                        if (error)
                            return "processFork." + error;
                    }
                }
                if (message.processExit != null && Object.hasOwnProperty.call(message, "processExit")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.ProcessExit.verify(message.processExit, long + 1);
                        if (error)
                            return "processExit." + error;
                    }
                }
                if (message.fileOpen != null && Object.hasOwnProperty.call(message, "fileOpen")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileOpen.verify(message.fileOpen, long + 1);
                        if (error)
                            return "fileOpen." + error;
                    }
                }
                if (message.fileWrite != null && Object.hasOwnProperty.call(message, "fileWrite")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileWrite.verify(message.fileWrite, long + 1);
                        if (error)
                            return "fileWrite." + error;
                    }
                }
                if (message.fileRename != null && Object.hasOwnProperty.call(message, "fileRename")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileRename.verify(message.fileRename, long + 1);
                        if (error)
                            return "fileRename." + error;
                    }
                }
                if (message.fileUnlink != null && Object.hasOwnProperty.call(message, "fileUnlink")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileUnlink.verify(message.fileUnlink, long + 1);
                        if (error)
                            return "fileUnlink." + error;
                    }
                }
                if (message.fileChmod != null && Object.hasOwnProperty.call(message, "fileChmod")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileChmod.verify(message.fileChmod, long + 1);
                        if (error)
                            return "fileChmod." + error;
                    }
                }
                if (message.fileChown != null && Object.hasOwnProperty.call(message, "fileChown")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileChown.verify(message.fileChown, long + 1);
                        if (error)
                            return "fileChown." + error;
                    }
                }
                if (message.netConnect != null && Object.hasOwnProperty.call(message, "netConnect")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.NetConnect.verify(message.netConnect, long + 1);
                        if (error)
                            return "netConnect." + error;
                    }
                }
                if (message.netAccept != null && Object.hasOwnProperty.call(message, "netAccept")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.NetAccept.verify(message.netAccept, long + 1);
                        if (error)
                            return "netAccept." + error;
                    }
                }
                if (message.netListen != null && Object.hasOwnProperty.call(message, "netListen")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.NetListen.verify(message.netListen, long + 1);
                        if (error)
                            return "netListen." + error;
                    }
                }
                if (message.containerLifecycle != null && Object.hasOwnProperty.call(message, "containerLifecycle")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.ContainerLifecycle.verify(message.containerLifecycle, long + 1);
                        if (error)
                            return "containerLifecycle." + error;
                    }
                }
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.Lost.verify(message.lost, long + 1);
                        if (error)
                            return "lost." + error;
                    }
                }
                if (message.sensorStatus != null && Object.hasOwnProperty.call(message, "sensorStatus")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.SensorStatus.verify(message.sensorStatus, long + 1);
                        if (error)
                            return "sensorStatus." + error;
                    }
                }
                if (message.responseResult != null && Object.hasOwnProperty.call(message, "responseResult")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.ResponseResult.verify(message.responseResult, long + 1);
                        if (error)
                            return "responseResult." + error;
                    }
                }
                if (message.fileLink != null && Object.hasOwnProperty.call(message, "fileLink")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.FileLink.verify(message.fileLink, long + 1);
                        if (error)
                            return "fileLink." + error;
                    }
                }
                if (message.processPtrace != null && Object.hasOwnProperty.call(message, "processPtrace")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.vigil.v1.ProcessPtrace.verify(message.processPtrace, long + 1);
                        if (error)
                            return "processPtrace." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Event} Event
             */
            Event.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Event: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Event();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.sensorId != null)
                    message.sensorId = String(object.sensorId);
                if (object.host != null)
                    message.host = String(object.host);
                if (object.timeNs != null)
                    if ($util.Long)
                        message.timeNs = $util.Long.fromValue(object.timeNs, true);
                    else if (typeof object.timeNs === "string")
                        message.timeNs = parseInt(object.timeNs, 10);
                    else if (typeof object.timeNs === "number")
                        message.timeNs = object.timeNs;
                    else if (typeof object.timeNs === "object")
                        message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.monoNs != null)
                    if ($util.Long)
                        message.monoNs = $util.Long.fromValue(object.monoNs, true);
                    else if (typeof object.monoNs === "string")
                        message.monoNs = parseInt(object.monoNs, 10);
                    else if (typeof object.monoNs === "number")
                        message.monoNs = object.monoNs;
                    else if (typeof object.monoNs === "object")
                        message.monoNs = new $util.LongBits(object.monoNs.low >>> 0, object.monoNs.high >>> 0).toNumber(true);
                if (object.seq != null)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.process != null) {
                    if (!$util.isObject(object.process))
                        throw TypeError(".vigil.v1.Event.process: object expected");
                    message.process = $root.vigil.v1.Process.fromObject(object.process, long + 1);
                }
                if (object.container != null) {
                    if (!$util.isObject(object.container))
                        throw TypeError(".vigil.v1.Event.container: object expected");
                    message.container = $root.vigil.v1.Container.fromObject(object.container, long + 1);
                }
                if (object.processExec != null) {
                    if (!$util.isObject(object.processExec))
                        throw TypeError(".vigil.v1.Event.processExec: object expected");
                    message.processExec = $root.vigil.v1.ProcessExec.fromObject(object.processExec, long + 1);
                }
                if (object.processFork != null) {
                    if (!$util.isObject(object.processFork))
                        throw TypeError(".vigil.v1.Event.processFork: object expected");
                    message.processFork = $root.vigil.v1.ProcessFork.fromObject(object.processFork, long + 1);
                }
                if (object.processExit != null) {
                    if (!$util.isObject(object.processExit))
                        throw TypeError(".vigil.v1.Event.processExit: object expected");
                    message.processExit = $root.vigil.v1.ProcessExit.fromObject(object.processExit, long + 1);
                }
                if (object.fileOpen != null) {
                    if (!$util.isObject(object.fileOpen))
                        throw TypeError(".vigil.v1.Event.fileOpen: object expected");
                    message.fileOpen = $root.vigil.v1.FileOpen.fromObject(object.fileOpen, long + 1);
                }
                if (object.fileWrite != null) {
                    if (!$util.isObject(object.fileWrite))
                        throw TypeError(".vigil.v1.Event.fileWrite: object expected");
                    message.fileWrite = $root.vigil.v1.FileWrite.fromObject(object.fileWrite, long + 1);
                }
                if (object.fileRename != null) {
                    if (!$util.isObject(object.fileRename))
                        throw TypeError(".vigil.v1.Event.fileRename: object expected");
                    message.fileRename = $root.vigil.v1.FileRename.fromObject(object.fileRename, long + 1);
                }
                if (object.fileUnlink != null) {
                    if (!$util.isObject(object.fileUnlink))
                        throw TypeError(".vigil.v1.Event.fileUnlink: object expected");
                    message.fileUnlink = $root.vigil.v1.FileUnlink.fromObject(object.fileUnlink, long + 1);
                }
                if (object.fileChmod != null) {
                    if (!$util.isObject(object.fileChmod))
                        throw TypeError(".vigil.v1.Event.fileChmod: object expected");
                    message.fileChmod = $root.vigil.v1.FileChmod.fromObject(object.fileChmod, long + 1);
                }
                if (object.fileChown != null) {
                    if (!$util.isObject(object.fileChown))
                        throw TypeError(".vigil.v1.Event.fileChown: object expected");
                    message.fileChown = $root.vigil.v1.FileChown.fromObject(object.fileChown, long + 1);
                }
                if (object.netConnect != null) {
                    if (!$util.isObject(object.netConnect))
                        throw TypeError(".vigil.v1.Event.netConnect: object expected");
                    message.netConnect = $root.vigil.v1.NetConnect.fromObject(object.netConnect, long + 1);
                }
                if (object.netAccept != null) {
                    if (!$util.isObject(object.netAccept))
                        throw TypeError(".vigil.v1.Event.netAccept: object expected");
                    message.netAccept = $root.vigil.v1.NetAccept.fromObject(object.netAccept, long + 1);
                }
                if (object.netListen != null) {
                    if (!$util.isObject(object.netListen))
                        throw TypeError(".vigil.v1.Event.netListen: object expected");
                    message.netListen = $root.vigil.v1.NetListen.fromObject(object.netListen, long + 1);
                }
                if (object.containerLifecycle != null) {
                    if (!$util.isObject(object.containerLifecycle))
                        throw TypeError(".vigil.v1.Event.containerLifecycle: object expected");
                    message.containerLifecycle = $root.vigil.v1.ContainerLifecycle.fromObject(object.containerLifecycle, long + 1);
                }
                if (object.lost != null) {
                    if (!$util.isObject(object.lost))
                        throw TypeError(".vigil.v1.Event.lost: object expected");
                    message.lost = $root.vigil.v1.Lost.fromObject(object.lost, long + 1);
                }
                if (object.sensorStatus != null) {
                    if (!$util.isObject(object.sensorStatus))
                        throw TypeError(".vigil.v1.Event.sensorStatus: object expected");
                    message.sensorStatus = $root.vigil.v1.SensorStatus.fromObject(object.sensorStatus, long + 1);
                }
                if (object.responseResult != null) {
                    if (!$util.isObject(object.responseResult))
                        throw TypeError(".vigil.v1.Event.responseResult: object expected");
                    message.responseResult = $root.vigil.v1.ResponseResult.fromObject(object.responseResult, long + 1);
                }
                if (object.fileLink != null) {
                    if (!$util.isObject(object.fileLink))
                        throw TypeError(".vigil.v1.Event.fileLink: object expected");
                    message.fileLink = $root.vigil.v1.FileLink.fromObject(object.fileLink, long + 1);
                }
                if (object.processPtrace != null) {
                    if (!$util.isObject(object.processPtrace))
                        throw TypeError(".vigil.v1.Event.processPtrace: object expected");
                    message.processPtrace = $root.vigil.v1.ProcessPtrace.fromObject(object.processPtrace, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.sensorId = "";
                    object.host = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monoNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.monoNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.process = null;
                    object.container = null;
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.sensorId != null && Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === String ? String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.monoNs != null && Object.hasOwnProperty.call(message, "monoNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.monoNs = typeof message.monoNs === "number" ? BigInt(message.monoNs) : $util.Long.fromBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monoNs === "number")
                        object.monoNs = options.longs === String ? String(message.monoNs) : message.monoNs;
                    else
                        object.monoNs = options.longs === String ? $util.Long.prototype.toString.call(message.monoNs) : options.longs === Number ? new $util.LongBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0).toNumber(true) : message.monoNs;
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    object.process = $root.vigil.v1.Process.toObject(message.process, options, q + 1);
                if (message.container != null && Object.hasOwnProperty.call(message, "container"))
                    object.container = $root.vigil.v1.Container.toObject(message.container, options, q + 1);
                if (message.processExec != null && Object.hasOwnProperty.call(message, "processExec")) {
                    object.processExec = $root.vigil.v1.ProcessExec.toObject(message.processExec, options, q + 1);
                    if (options.oneofs)
                        object.payload = "processExec";
                }
                if (message.processFork != null && Object.hasOwnProperty.call(message, "processFork")) {
                    object.processFork = $root.vigil.v1.ProcessFork.toObject(message.processFork, options, q + 1);
                    if (options.oneofs)
                        object.payload = "processFork";
                }
                if (message.processExit != null && Object.hasOwnProperty.call(message, "processExit")) {
                    object.processExit = $root.vigil.v1.ProcessExit.toObject(message.processExit, options, q + 1);
                    if (options.oneofs)
                        object.payload = "processExit";
                }
                if (message.fileOpen != null && Object.hasOwnProperty.call(message, "fileOpen")) {
                    object.fileOpen = $root.vigil.v1.FileOpen.toObject(message.fileOpen, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileOpen";
                }
                if (message.fileWrite != null && Object.hasOwnProperty.call(message, "fileWrite")) {
                    object.fileWrite = $root.vigil.v1.FileWrite.toObject(message.fileWrite, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileWrite";
                }
                if (message.fileRename != null && Object.hasOwnProperty.call(message, "fileRename")) {
                    object.fileRename = $root.vigil.v1.FileRename.toObject(message.fileRename, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileRename";
                }
                if (message.fileUnlink != null && Object.hasOwnProperty.call(message, "fileUnlink")) {
                    object.fileUnlink = $root.vigil.v1.FileUnlink.toObject(message.fileUnlink, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileUnlink";
                }
                if (message.fileChmod != null && Object.hasOwnProperty.call(message, "fileChmod")) {
                    object.fileChmod = $root.vigil.v1.FileChmod.toObject(message.fileChmod, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileChmod";
                }
                if (message.fileChown != null && Object.hasOwnProperty.call(message, "fileChown")) {
                    object.fileChown = $root.vigil.v1.FileChown.toObject(message.fileChown, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileChown";
                }
                if (message.netConnect != null && Object.hasOwnProperty.call(message, "netConnect")) {
                    object.netConnect = $root.vigil.v1.NetConnect.toObject(message.netConnect, options, q + 1);
                    if (options.oneofs)
                        object.payload = "netConnect";
                }
                if (message.netAccept != null && Object.hasOwnProperty.call(message, "netAccept")) {
                    object.netAccept = $root.vigil.v1.NetAccept.toObject(message.netAccept, options, q + 1);
                    if (options.oneofs)
                        object.payload = "netAccept";
                }
                if (message.netListen != null && Object.hasOwnProperty.call(message, "netListen")) {
                    object.netListen = $root.vigil.v1.NetListen.toObject(message.netListen, options, q + 1);
                    if (options.oneofs)
                        object.payload = "netListen";
                }
                if (message.containerLifecycle != null && Object.hasOwnProperty.call(message, "containerLifecycle")) {
                    object.containerLifecycle = $root.vigil.v1.ContainerLifecycle.toObject(message.containerLifecycle, options, q + 1);
                    if (options.oneofs)
                        object.payload = "containerLifecycle";
                }
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost")) {
                    object.lost = $root.vigil.v1.Lost.toObject(message.lost, options, q + 1);
                    if (options.oneofs)
                        object.payload = "lost";
                }
                if (message.sensorStatus != null && Object.hasOwnProperty.call(message, "sensorStatus")) {
                    object.sensorStatus = $root.vigil.v1.SensorStatus.toObject(message.sensorStatus, options, q + 1);
                    if (options.oneofs)
                        object.payload = "sensorStatus";
                }
                if (message.responseResult != null && Object.hasOwnProperty.call(message, "responseResult")) {
                    object.responseResult = $root.vigil.v1.ResponseResult.toObject(message.responseResult, options, q + 1);
                    if (options.oneofs)
                        object.payload = "responseResult";
                }
                if (message.fileLink != null && Object.hasOwnProperty.call(message, "fileLink")) {
                    object.fileLink = $root.vigil.v1.FileLink.toObject(message.fileLink, options, q + 1);
                    if (options.oneofs)
                        object.payload = "fileLink";
                }
                if (message.processPtrace != null && Object.hasOwnProperty.call(message, "processPtrace")) {
                    object.processPtrace = $root.vigil.v1.ProcessPtrace.toObject(message.processPtrace, options, q + 1);
                    if (options.oneofs)
                        object.payload = "processPtrace";
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof vigil.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Event
             * @function getTypeUrl
             * @memberof vigil.v1.Event
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Event.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Event";
            };

            return Event;
        })();

        v1.EventBatch = (function() {

            /**
             * Properties of an EventBatch.
             * @memberof vigil.v1
             * @interface IEventBatch
             * @property {Array.<vigil.v1.IEvent>|null} [events] EventBatch events
             */

            /**
             * Constructs a new EventBatch.
             * @memberof vigil.v1
             * @classdesc Represents an EventBatch.
             * @implements IEventBatch
             * @constructor
             * @param {vigil.v1.IEventBatch=} [properties] Properties to set
             */
            function EventBatch(properties) {
                this.events = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EventBatch events.
             * @member {Array.<vigil.v1.IEvent>} events
             * @memberof vigil.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.events = $util.emptyArray;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @function create
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.IEventBatch=} [properties] Properties to set
             * @returns {vigil.v1.EventBatch} EventBatch instance
             */
            EventBatch.create = function create(properties) {
                return new EventBatch(properties);
            };

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link vigil.v1.EventBatch.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.IEventBatch} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.vigil.v1.Event.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified EventBatch message, length delimited. Does not implicitly {@link vigil.v1.EventBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.IEventBatch} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.EventBatch} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.EventBatch();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.vigil.v1.Event.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.EventBatch} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an EventBatch message.
             * @function verify
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventBatch.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    if (!Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.vigil.v1.Event.verify(message.events[i], long + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.EventBatch} EventBatch
             */
            EventBatch.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.EventBatch)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.EventBatch: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.EventBatch();
                if (object.events) {
                    if (!Array.isArray(object.events))
                        throw TypeError(".vigil.v1.EventBatch.events: array expected");
                    message.events = [];
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw TypeError(".vigil.v1.EventBatch.events: object expected");
                        message.events[i] = $root.vigil.v1.Event.fromObject(object.events[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.EventBatch} message EventBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventBatch.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (message.events && message.events.length) {
                    object.events = [];
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.vigil.v1.Event.toObject(message.events[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this EventBatch to JSON.
             * @function toJSON
             * @memberof vigil.v1.EventBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventBatch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EventBatch
             * @function getTypeUrl
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EventBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.EventBatch";
            };

            return EventBatch;
        })();

        v1.Process = (function() {

            /**
             * Properties of a Process.
             * @memberof vigil.v1
             * @interface IProcess
             * @property {number|null} [pid] Process pid
             * @property {number|null} [tid] Process tid
             * @property {number|null} [ppid] Process ppid
             * @property {string|null} [processUid] Process processUid
             * @property {string|null} [exe] Process exe
             * @property {string|null} [comm] Process comm
             * @property {Array.<string>|null} [argv] Process argv
             * @property {boolean|null} [argvTruncated] Process argvTruncated
             * @property {string|null} [cwd] Process cwd
             * @property {number|null} [uid] Process uid
             * @property {number|null} [gid] Process gid
             * @property {number|null} [euid] Process euid
             * @property {number|null} [egid] Process egid
             * @property {number|null} [loginuid] Process loginuid
             * @property {string|null} [user] Process user
             * @property {string|null} [group] Process group
             * @property {number|null} [tty] Process tty
             * @property {number|null} [sid] Process sid
             * @property {number|Long|null} [startTimeNs] Process startTimeNs
             * @property {string|null} [exeSha256] Process exeSha256
             * @property {Array.<vigil.v1.IAncestor>|null} [ancestors] Process ancestors
             * @property {boolean|null} [exited] Process exited
             * @property {vigil.v1.ICapabilities|null} [caps] Process caps
             */

            /**
             * Constructs a new Process.
             * @memberof vigil.v1
             * @classdesc Represents a Process.
             * @implements IProcess
             * @constructor
             * @param {vigil.v1.IProcess=} [properties] Properties to set
             */
            function Process(properties) {
                this.argv = [];
                this.ancestors = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Process pid.
             * @member {number} pid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.pid = 0;

            /**
             * Process tid.
             * @member {number} tid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.tid = 0;

            /**
             * Process ppid.
             * @member {number} ppid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.ppid = 0;

            /**
             * Process processUid.
             * @member {string} processUid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.processUid = "";

            /**
             * Process exe.
             * @member {string} exe
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.exe = "";

            /**
             * Process comm.
             * @member {string} comm
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.comm = "";

            /**
             * Process argv.
             * @member {Array.<string>} argv
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.argv = $util.emptyArray;

            /**
             * Process argvTruncated.
             * @member {boolean} argvTruncated
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.argvTruncated = false;

            /**
             * Process cwd.
             * @member {string} cwd
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.cwd = "";

            /**
             * Process uid.
             * @member {number} uid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.uid = 0;

            /**
             * Process gid.
             * @member {number} gid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.gid = 0;

            /**
             * Process euid.
             * @member {number} euid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.euid = 0;

            /**
             * Process egid.
             * @member {number} egid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.egid = 0;

            /**
             * Process loginuid.
             * @member {number} loginuid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.loginuid = 0;

            /**
             * Process user.
             * @member {string} user
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.user = "";

            /**
             * Process group.
             * @member {string} group
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.group = "";

            /**
             * Process tty.
             * @member {number} tty
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.tty = 0;

            /**
             * Process sid.
             * @member {number} sid
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.sid = 0;

            /**
             * Process startTimeNs.
             * @member {number|Long} startTimeNs
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.startTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Process exeSha256.
             * @member {string} exeSha256
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.exeSha256 = "";

            /**
             * Process ancestors.
             * @member {Array.<vigil.v1.IAncestor>} ancestors
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.ancestors = $util.emptyArray;

            /**
             * Process exited.
             * @member {boolean} exited
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.exited = false;

            /**
             * Process caps.
             * @member {vigil.v1.ICapabilities|null|undefined} caps
             * @memberof vigil.v1.Process
             * @instance
             */
            Process.prototype.caps = null;

            /**
             * Creates a new Process instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Process
             * @static
             * @param {vigil.v1.IProcess=} [properties] Properties to set
             * @returns {vigil.v1.Process} Process instance
             */
            Process.create = function create(properties) {
                return new Process(properties);
            };

            /**
             * Encodes the specified Process message. Does not implicitly {@link vigil.v1.Process.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Process
             * @static
             * @param {vigil.v1.IProcess} message Process message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Process.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tid);
                if (message.ppid != null && Object.hasOwnProperty.call(message, "ppid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ppid);
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.processUid);
                if (message.exe != null && Object.hasOwnProperty.call(message, "exe"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.exe);
                if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.comm);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.argv[i]);
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.argvTruncated);
                if (message.cwd != null && Object.hasOwnProperty.call(message, "cwd"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.cwd);
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.uid);
                if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.gid);
                if (message.euid != null && Object.hasOwnProperty.call(message, "euid"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.euid);
                if (message.egid != null && Object.hasOwnProperty.call(message, "egid"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.egid);
                if (message.loginuid != null && Object.hasOwnProperty.call(message, "loginuid"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.loginuid);
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.user);
                if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.group);
                if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.tty);
                if (message.sid != null && Object.hasOwnProperty.call(message, "sid"))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.sid);
                if (message.startTimeNs != null && Object.hasOwnProperty.call(message, "startTimeNs"))
                    writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.startTimeNs);
                if (message.exeSha256 != null && Object.hasOwnProperty.call(message, "exeSha256"))
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.exeSha256);
                if (message.ancestors != null && message.ancestors.length)
                    for (let i = 0; i < message.ancestors.length; ++i)
                        $root.vigil.v1.Ancestor.encode(message.ancestors[i], writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.exited != null && Object.hasOwnProperty.call(message, "exited"))
                    writer.uint32(/* id 22, wireType 0 =*/176).bool(message.exited);
                if (message.caps != null && Object.hasOwnProperty.call(message, "caps"))
                    $root.vigil.v1.Capabilities.encode(message.caps, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Process message, length delimited. Does not implicitly {@link vigil.v1.Process.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Process
             * @static
             * @param {vigil.v1.IProcess} message Process message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Process.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Process message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Process
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Process} Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Process.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Process();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.tid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.ppid = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.processUid = reader.string();
                            break;
                        }
                    case 5: {
                            message.exe = reader.string();
                            break;
                        }
                    case 6: {
                            message.comm = reader.string();
                            break;
                        }
                    case 7: {
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.string());
                            break;
                        }
                    case 8: {
                            message.argvTruncated = reader.bool();
                            break;
                        }
                    case 9: {
                            message.cwd = reader.string();
                            break;
                        }
                    case 10: {
                            message.uid = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.gid = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.euid = reader.uint32();
                            break;
                        }
                    case 13: {
                            message.egid = reader.uint32();
                            break;
                        }
                    case 14: {
                            message.loginuid = reader.uint32();
                            break;
                        }
                    case 15: {
                            message.user = reader.string();
                            break;
                        }
                    case 16: {
                            message.group = reader.string();
                            break;
                        }
                    case 17: {
                            message.tty = reader.uint32();
                            break;
                        }
                    case 18: {
                            message.sid = reader.uint32();
                            break;
                        }
                    case 19: {
                            message.startTimeNs = reader.uint64();
                            break;
                        }
                    case 20: {
                            message.exeSha256 = reader.string();
                            break;
                        }
                    case 21: {
                            if (!(message.ancestors && message.ancestors.length))
                                message.ancestors = [];
                            message.ancestors.push($root.vigil.v1.Ancestor.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 22: {
                            message.exited = reader.bool();
                            break;
                        }
                    case 23: {
                            message.caps = $root.vigil.v1.Capabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Process message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Process
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Process} Process
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Process.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Process message.
             * @function verify
             * @memberof vigil.v1.Process
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Process.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    if (!$util.isInteger(message.tid))
                        return "tid: integer expected";
                if (message.ppid != null && Object.hasOwnProperty.call(message, "ppid"))
                    if (!$util.isInteger(message.ppid))
                        return "ppid: integer expected";
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    if (!$util.isString(message.processUid))
                        return "processUid: string expected";
                if (message.exe != null && Object.hasOwnProperty.call(message, "exe"))
                    if (!$util.isString(message.exe))
                        return "exe: string expected";
                if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                    if (!$util.isString(message.comm))
                        return "comm: string expected";
                if (message.argv != null && Object.hasOwnProperty.call(message, "argv")) {
                    if (!Array.isArray(message.argv))
                        return "argv: array expected";
                    for (let i = 0; i < message.argv.length; ++i)
                        if (!$util.isString(message.argv[i]))
                            return "argv: string[] expected";
                }
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    if (typeof message.argvTruncated !== "boolean")
                        return "argvTruncated: boolean expected";
                if (message.cwd != null && Object.hasOwnProperty.call(message, "cwd"))
                    if (!$util.isString(message.cwd))
                        return "cwd: string expected";
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isInteger(message.uid))
                        return "uid: integer expected";
                if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                    if (!$util.isInteger(message.gid))
                        return "gid: integer expected";
                if (message.euid != null && Object.hasOwnProperty.call(message, "euid"))
                    if (!$util.isInteger(message.euid))
                        return "euid: integer expected";
                if (message.egid != null && Object.hasOwnProperty.call(message, "egid"))
                    if (!$util.isInteger(message.egid))
                        return "egid: integer expected";
                if (message.loginuid != null && Object.hasOwnProperty.call(message, "loginuid"))
                    if (!$util.isInteger(message.loginuid))
                        return "loginuid: integer expected";
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                    if (!$util.isString(message.group))
                        return "group: string expected";
                if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                    if (!$util.isInteger(message.tty))
                        return "tty: integer expected";
                if (message.sid != null && Object.hasOwnProperty.call(message, "sid"))
                    if (!$util.isInteger(message.sid))
                        return "sid: integer expected";
                if (message.startTimeNs != null && Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (!$util.isInteger(message.startTimeNs) && !(message.startTimeNs && $util.isInteger(message.startTimeNs.low) && $util.isInteger(message.startTimeNs.high)))
                        return "startTimeNs: integer|Long expected";
                if (message.exeSha256 != null && Object.hasOwnProperty.call(message, "exeSha256"))
                    if (!$util.isString(message.exeSha256))
                        return "exeSha256: string expected";
                if (message.ancestors != null && Object.hasOwnProperty.call(message, "ancestors")) {
                    if (!Array.isArray(message.ancestors))
                        return "ancestors: array expected";
                    for (let i = 0; i < message.ancestors.length; ++i) {
                        let error = $root.vigil.v1.Ancestor.verify(message.ancestors[i], long + 1);
                        if (error)
                            return "ancestors." + error;
                    }
                }
                if (message.exited != null && Object.hasOwnProperty.call(message, "exited"))
                    if (typeof message.exited !== "boolean")
                        return "exited: boolean expected";
                if (message.caps != null && Object.hasOwnProperty.call(message, "caps")) {
                    let error = $root.vigil.v1.Capabilities.verify(message.caps, long + 1);
                    if (error)
                        return "caps." + error;
                }
                return null;
            };

            /**
             * Creates a Process message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Process
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Process} Process
             */
            Process.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Process)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Process: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Process();
                if (object.pid != null)
                    message.pid = object.pid >>> 0;
                if (object.tid != null)
                    message.tid = object.tid >>> 0;
                if (object.ppid != null)
                    message.ppid = object.ppid >>> 0;
                if (object.processUid != null)
                    message.processUid = String(object.processUid);
                if (object.exe != null)
                    message.exe = String(object.exe);
                if (object.comm != null)
                    message.comm = String(object.comm);
                if (object.argv) {
                    if (!Array.isArray(object.argv))
                        throw TypeError(".vigil.v1.Process.argv: array expected");
                    message.argv = [];
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = String(object.argv[i]);
                }
                if (object.argvTruncated != null)
                    message.argvTruncated = Boolean(object.argvTruncated);
                if (object.cwd != null)
                    message.cwd = String(object.cwd);
                if (object.uid != null)
                    message.uid = object.uid >>> 0;
                if (object.gid != null)
                    message.gid = object.gid >>> 0;
                if (object.euid != null)
                    message.euid = object.euid >>> 0;
                if (object.egid != null)
                    message.egid = object.egid >>> 0;
                if (object.loginuid != null)
                    message.loginuid = object.loginuid >>> 0;
                if (object.user != null)
                    message.user = String(object.user);
                if (object.group != null)
                    message.group = String(object.group);
                if (object.tty != null)
                    message.tty = object.tty >>> 0;
                if (object.sid != null)
                    message.sid = object.sid >>> 0;
                if (object.startTimeNs != null)
                    if ($util.Long)
                        message.startTimeNs = $util.Long.fromValue(object.startTimeNs, true);
                    else if (typeof object.startTimeNs === "string")
                        message.startTimeNs = parseInt(object.startTimeNs, 10);
                    else if (typeof object.startTimeNs === "number")
                        message.startTimeNs = object.startTimeNs;
                    else if (typeof object.startTimeNs === "object")
                        message.startTimeNs = new $util.LongBits(object.startTimeNs.low >>> 0, object.startTimeNs.high >>> 0).toNumber(true);
                if (object.exeSha256 != null)
                    message.exeSha256 = String(object.exeSha256);
                if (object.ancestors) {
                    if (!Array.isArray(object.ancestors))
                        throw TypeError(".vigil.v1.Process.ancestors: array expected");
                    message.ancestors = [];
                    for (let i = 0; i < object.ancestors.length; ++i) {
                        if (!$util.isObject(object.ancestors[i]))
                            throw TypeError(".vigil.v1.Process.ancestors: object expected");
                        message.ancestors[i] = $root.vigil.v1.Ancestor.fromObject(object.ancestors[i], long + 1);
                    }
                }
                if (object.exited != null)
                    message.exited = Boolean(object.exited);
                if (object.caps != null) {
                    if (!$util.isObject(object.caps))
                        throw TypeError(".vigil.v1.Process.caps: object expected");
                    message.caps = $root.vigil.v1.Capabilities.fromObject(object.caps, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Process message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Process
             * @static
             * @param {vigil.v1.Process} message Process
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Process.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.argv = [];
                    object.ancestors = [];
                }
                if (options.defaults) {
                    object.pid = 0;
                    object.tid = 0;
                    object.ppid = 0;
                    object.processUid = "";
                    object.exe = "";
                    object.comm = "";
                    object.argvTruncated = false;
                    object.cwd = "";
                    object.uid = 0;
                    object.gid = 0;
                    object.euid = 0;
                    object.egid = 0;
                    object.loginuid = 0;
                    object.user = "";
                    object.group = "";
                    object.tty = 0;
                    object.sid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.exeSha256 = "";
                    object.exited = false;
                    object.caps = null;
                }
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.tid != null && Object.hasOwnProperty.call(message, "tid"))
                    object.tid = message.tid;
                if (message.ppid != null && Object.hasOwnProperty.call(message, "ppid"))
                    object.ppid = message.ppid;
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    object.processUid = message.processUid;
                if (message.exe != null && Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                    object.comm = message.comm;
                if (message.argv && message.argv.length) {
                    object.argv = [];
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    object.argvTruncated = message.argvTruncated;
                if (message.cwd != null && Object.hasOwnProperty.call(message, "cwd"))
                    object.cwd = message.cwd;
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                    object.gid = message.gid;
                if (message.euid != null && Object.hasOwnProperty.call(message, "euid"))
                    object.euid = message.euid;
                if (message.egid != null && Object.hasOwnProperty.call(message, "egid"))
                    object.egid = message.egid;
                if (message.loginuid != null && Object.hasOwnProperty.call(message, "loginuid"))
                    object.loginuid = message.loginuid;
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                    object.group = message.group;
                if (message.tty != null && Object.hasOwnProperty.call(message, "tty"))
                    object.tty = message.tty;
                if (message.sid != null && Object.hasOwnProperty.call(message, "sid"))
                    object.sid = message.sid;
                if (message.startTimeNs != null && Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.startTimeNs = typeof message.startTimeNs === "number" ? BigInt(message.startTimeNs) : $util.Long.fromBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeNs === "number")
                        object.startTimeNs = options.longs === String ? String(message.startTimeNs) : message.startTimeNs;
                    else
                        object.startTimeNs = options.longs === String ? $util.Long.prototype.toString.call(message.startTimeNs) : options.longs === Number ? new $util.LongBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0).toNumber(true) : message.startTimeNs;
                if (message.exeSha256 != null && Object.hasOwnProperty.call(message, "exeSha256"))
                    object.exeSha256 = message.exeSha256;
                if (message.ancestors && message.ancestors.length) {
                    object.ancestors = [];
                    for (let j = 0; j < message.ancestors.length; ++j)
                        object.ancestors[j] = $root.vigil.v1.Ancestor.toObject(message.ancestors[j], options, q + 1);
                }
                if (message.exited != null && Object.hasOwnProperty.call(message, "exited"))
                    object.exited = message.exited;
                if (message.caps != null && Object.hasOwnProperty.call(message, "caps"))
                    object.caps = $root.vigil.v1.Capabilities.toObject(message.caps, options, q + 1);
                return object;
            };

            /**
             * Converts this Process to JSON.
             * @function toJSON
             * @memberof vigil.v1.Process
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Process.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Process
             * @function getTypeUrl
             * @memberof vigil.v1.Process
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Process.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Process";
            };

            return Process;
        })();

        v1.Capabilities = (function() {

            /**
             * Properties of a Capabilities.
             * @memberof vigil.v1
             * @interface ICapabilities
             * @property {number|Long|null} [effective] Capabilities effective
             * @property {number|Long|null} [permitted] Capabilities permitted
             */

            /**
             * Constructs a new Capabilities.
             * @memberof vigil.v1
             * @classdesc Represents a Capabilities.
             * @implements ICapabilities
             * @constructor
             * @param {vigil.v1.ICapabilities=} [properties] Properties to set
             */
            function Capabilities(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Capabilities effective.
             * @member {number|Long} effective
             * @memberof vigil.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.effective = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capabilities permitted.
             * @member {number|Long} permitted
             * @memberof vigil.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.permitted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {vigil.v1.ICapabilities=} [properties] Properties to set
             * @returns {vigil.v1.Capabilities} Capabilities instance
             */
            Capabilities.create = function create(properties) {
                return new Capabilities(properties);
            };

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link vigil.v1.Capabilities.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {vigil.v1.ICapabilities} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.effective != null && Object.hasOwnProperty.call(message, "effective"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.effective);
                if (message.permitted != null && Object.hasOwnProperty.call(message, "permitted"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.permitted);
                return writer;
            };

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link vigil.v1.Capabilities.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {vigil.v1.ICapabilities} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Capabilities} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Capabilities();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.effective = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.permitted = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Capabilities} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Capabilities message.
             * @function verify
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capabilities.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.effective != null && Object.hasOwnProperty.call(message, "effective"))
                    if (!$util.isInteger(message.effective) && !(message.effective && $util.isInteger(message.effective.low) && $util.isInteger(message.effective.high)))
                        return "effective: integer|Long expected";
                if (message.permitted != null && Object.hasOwnProperty.call(message, "permitted"))
                    if (!$util.isInteger(message.permitted) && !(message.permitted && $util.isInteger(message.permitted.low) && $util.isInteger(message.permitted.high)))
                        return "permitted: integer|Long expected";
                return null;
            };

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Capabilities} Capabilities
             */
            Capabilities.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Capabilities)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Capabilities: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Capabilities();
                if (object.effective != null)
                    if ($util.Long)
                        message.effective = $util.Long.fromValue(object.effective, true);
                    else if (typeof object.effective === "string")
                        message.effective = parseInt(object.effective, 10);
                    else if (typeof object.effective === "number")
                        message.effective = object.effective;
                    else if (typeof object.effective === "object")
                        message.effective = new $util.LongBits(object.effective.low >>> 0, object.effective.high >>> 0).toNumber(true);
                if (object.permitted != null)
                    if ($util.Long)
                        message.permitted = $util.Long.fromValue(object.permitted, true);
                    else if (typeof object.permitted === "string")
                        message.permitted = parseInt(object.permitted, 10);
                    else if (typeof object.permitted === "number")
                        message.permitted = object.permitted;
                    else if (typeof object.permitted === "object")
                        message.permitted = new $util.LongBits(object.permitted.low >>> 0, object.permitted.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {vigil.v1.Capabilities} message Capabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capabilities.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.effective = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.effective = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.permitted = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.permitted = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.effective != null && Object.hasOwnProperty.call(message, "effective"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.effective = typeof message.effective === "number" ? BigInt(message.effective) : $util.Long.fromBits(message.effective.low >>> 0, message.effective.high >>> 0, true).toBigInt();
                    else if (typeof message.effective === "number")
                        object.effective = options.longs === String ? String(message.effective) : message.effective;
                    else
                        object.effective = options.longs === String ? $util.Long.prototype.toString.call(message.effective) : options.longs === Number ? new $util.LongBits(message.effective.low >>> 0, message.effective.high >>> 0).toNumber(true) : message.effective;
                if (message.permitted != null && Object.hasOwnProperty.call(message, "permitted"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.permitted = typeof message.permitted === "number" ? BigInt(message.permitted) : $util.Long.fromBits(message.permitted.low >>> 0, message.permitted.high >>> 0, true).toBigInt();
                    else if (typeof message.permitted === "number")
                        object.permitted = options.longs === String ? String(message.permitted) : message.permitted;
                    else
                        object.permitted = options.longs === String ? $util.Long.prototype.toString.call(message.permitted) : options.longs === Number ? new $util.LongBits(message.permitted.low >>> 0, message.permitted.high >>> 0).toNumber(true) : message.permitted;
                return object;
            };

            /**
             * Converts this Capabilities to JSON.
             * @function toJSON
             * @memberof vigil.v1.Capabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capabilities.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Capabilities
             * @function getTypeUrl
             * @memberof vigil.v1.Capabilities
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Capabilities.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Capabilities";
            };

            return Capabilities;
        })();

        v1.Ancestor = (function() {

            /**
             * Properties of an Ancestor.
             * @memberof vigil.v1
             * @interface IAncestor
             * @property {number|null} [pid] Ancestor pid
             * @property {string|null} [processUid] Ancestor processUid
             * @property {string|null} [exe] Ancestor exe
             * @property {string|null} [comm] Ancestor comm
             * @property {Array.<string>|null} [argv] Ancestor argv
             * @property {boolean|null} [argvTruncated] Ancestor argvTruncated
             */

            /**
             * Constructs a new Ancestor.
             * @memberof vigil.v1
             * @classdesc Represents an Ancestor.
             * @implements IAncestor
             * @constructor
             * @param {vigil.v1.IAncestor=} [properties] Properties to set
             */
            function Ancestor(properties) {
                this.argv = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Ancestor pid.
             * @member {number} pid
             * @memberof vigil.v1.Ancestor
             * @instance
             */
            Ancestor.prototype.pid = 0;

            /**
             * Ancestor processUid.
             * @member {string} processUid
             * @memberof vigil.v1.Ancestor
             * @instance
             */
            Ancestor.prototype.processUid = "";

            /**
             * Ancestor exe.
             * @member {string} exe
             * @memberof vigil.v1.Ancestor
             * @instance
             */
            Ancestor.prototype.exe = "";

            /**
             * Ancestor comm.
             * @member {string} comm
             * @memberof vigil.v1.Ancestor
             * @instance
             */
            Ancestor.prototype.comm = "";

            /**
             * Ancestor argv.
             * @member {Array.<string>} argv
             * @memberof vigil.v1.Ancestor
             * @instance
             */
            Ancestor.prototype.argv = $util.emptyArray;

            /**
             * Ancestor argvTruncated.
             * @member {boolean} argvTruncated
             * @memberof vigil.v1.Ancestor
             * @instance
             */
            Ancestor.prototype.argvTruncated = false;

            /**
             * Creates a new Ancestor instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {vigil.v1.IAncestor=} [properties] Properties to set
             * @returns {vigil.v1.Ancestor} Ancestor instance
             */
            Ancestor.create = function create(properties) {
                return new Ancestor(properties);
            };

            /**
             * Encodes the specified Ancestor message. Does not implicitly {@link vigil.v1.Ancestor.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {vigil.v1.IAncestor} message Ancestor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ancestor.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.processUid);
                if (message.exe != null && Object.hasOwnProperty.call(message, "exe"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.exe);
                if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.comm);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.argv[i]);
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.argvTruncated);
                return writer;
            };

            /**
             * Encodes the specified Ancestor message, length delimited. Does not implicitly {@link vigil.v1.Ancestor.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {vigil.v1.IAncestor} message Ancestor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ancestor.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Ancestor message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Ancestor} Ancestor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ancestor.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Ancestor();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.processUid = reader.string();
                            break;
                        }
                    case 3: {
                            message.exe = reader.string();
                            break;
                        }
                    case 4: {
                            message.comm = reader.string();
                            break;
                        }
                    case 5: {
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.string());
                            break;
                        }
                    case 6: {
                            message.argvTruncated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Ancestor message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Ancestor} Ancestor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ancestor.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Ancestor message.
             * @function verify
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ancestor.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    if (!$util.isString(message.processUid))
                        return "processUid: string expected";
                if (message.exe != null && Object.hasOwnProperty.call(message, "exe"))
                    if (!$util.isString(message.exe))
                        return "exe: string expected";
                if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                    if (!$util.isString(message.comm))
                        return "comm: string expected";
                if (message.argv != null && Object.hasOwnProperty.call(message, "argv")) {
                    if (!Array.isArray(message.argv))
                        return "argv: array expected";
                    for (let i = 0; i < message.argv.length; ++i)
                        if (!$util.isString(message.argv[i]))
                            return "argv: string[] expected";
                }
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    if (typeof message.argvTruncated !== "boolean")
                        return "argvTruncated: boolean expected";
                return null;
            };

            /**
             * Creates an Ancestor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Ancestor} Ancestor
             */
            Ancestor.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Ancestor)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Ancestor: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Ancestor();
                if (object.pid != null)
                    message.pid = object.pid >>> 0;
                if (object.processUid != null)
                    message.processUid = String(object.processUid);
                if (object.exe != null)
                    message.exe = String(object.exe);
                if (object.comm != null)
                    message.comm = String(object.comm);
                if (object.argv) {
                    if (!Array.isArray(object.argv))
                        throw TypeError(".vigil.v1.Ancestor.argv: array expected");
                    message.argv = [];
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = String(object.argv[i]);
                }
                if (object.argvTruncated != null)
                    message.argvTruncated = Boolean(object.argvTruncated);
                return message;
            };

            /**
             * Creates a plain object from an Ancestor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {vigil.v1.Ancestor} message Ancestor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ancestor.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.argv = [];
                if (options.defaults) {
                    object.pid = 0;
                    object.processUid = "";
                    object.exe = "";
                    object.comm = "";
                    object.argvTruncated = false;
                }
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    object.processUid = message.processUid;
                if (message.exe != null && Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.comm != null && Object.hasOwnProperty.call(message, "comm"))
                    object.comm = message.comm;
                if (message.argv && message.argv.length) {
                    object.argv = [];
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    object.argvTruncated = message.argvTruncated;
                return object;
            };

            /**
             * Converts this Ancestor to JSON.
             * @function toJSON
             * @memberof vigil.v1.Ancestor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ancestor.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Ancestor
             * @function getTypeUrl
             * @memberof vigil.v1.Ancestor
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Ancestor.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Ancestor";
            };

            return Ancestor;
        })();

        v1.Container = (function() {

            /**
             * Properties of a Container.
             * @memberof vigil.v1
             * @interface IContainer
             * @property {string|null} [id] Container id
             * @property {string|null} [name] Container name
             * @property {string|null} [image] Container image
             * @property {string|null} [runtime] Container runtime
             * @property {number|Long|null} [pidNs] Container pidNs
             * @property {boolean|null} [privileged] Container privileged
             * @property {string|null} [cgroup] Container cgroup
             */

            /**
             * Constructs a new Container.
             * @memberof vigil.v1
             * @classdesc Represents a Container.
             * @implements IContainer
             * @constructor
             * @param {vigil.v1.IContainer=} [properties] Properties to set
             */
            function Container(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Container id.
             * @member {string} id
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.id = "";

            /**
             * Container name.
             * @member {string} name
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.name = "";

            /**
             * Container image.
             * @member {string} image
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.image = "";

            /**
             * Container runtime.
             * @member {string} runtime
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.runtime = "";

            /**
             * Container pidNs.
             * @member {number|Long} pidNs
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.pidNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Container privileged.
             * @member {boolean} privileged
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.privileged = false;

            /**
             * Container cgroup.
             * @member {string} cgroup
             * @memberof vigil.v1.Container
             * @instance
             */
            Container.prototype.cgroup = "";

            /**
             * Creates a new Container instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Container
             * @static
             * @param {vigil.v1.IContainer=} [properties] Properties to set
             * @returns {vigil.v1.Container} Container instance
             */
            Container.create = function create(properties) {
                return new Container(properties);
            };

            /**
             * Encodes the specified Container message. Does not implicitly {@link vigil.v1.Container.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Container
             * @static
             * @param {vigil.v1.IContainer} message Container message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Container.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.image);
                if (message.runtime != null && Object.hasOwnProperty.call(message, "runtime"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.runtime);
                if (message.pidNs != null && Object.hasOwnProperty.call(message, "pidNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.pidNs);
                if (message.privileged != null && Object.hasOwnProperty.call(message, "privileged"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.privileged);
                if (message.cgroup != null && Object.hasOwnProperty.call(message, "cgroup"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.cgroup);
                return writer;
            };

            /**
             * Encodes the specified Container message, length delimited. Does not implicitly {@link vigil.v1.Container.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Container
             * @static
             * @param {vigil.v1.IContainer} message Container message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Container.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Container
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Container} Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Container.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Container();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            message.image = reader.string();
                            break;
                        }
                    case 4: {
                            message.runtime = reader.string();
                            break;
                        }
                    case 5: {
                            message.pidNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.privileged = reader.bool();
                            break;
                        }
                    case 7: {
                            message.cgroup = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Container message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Container
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Container} Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Container.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Container message.
             * @function verify
             * @memberof vigil.v1.Container
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Container.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    if (!$util.isString(message.image))
                        return "image: string expected";
                if (message.runtime != null && Object.hasOwnProperty.call(message, "runtime"))
                    if (!$util.isString(message.runtime))
                        return "runtime: string expected";
                if (message.pidNs != null && Object.hasOwnProperty.call(message, "pidNs"))
                    if (!$util.isInteger(message.pidNs) && !(message.pidNs && $util.isInteger(message.pidNs.low) && $util.isInteger(message.pidNs.high)))
                        return "pidNs: integer|Long expected";
                if (message.privileged != null && Object.hasOwnProperty.call(message, "privileged"))
                    if (typeof message.privileged !== "boolean")
                        return "privileged: boolean expected";
                if (message.cgroup != null && Object.hasOwnProperty.call(message, "cgroup"))
                    if (!$util.isString(message.cgroup))
                        return "cgroup: string expected";
                return null;
            };

            /**
             * Creates a Container message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Container
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Container} Container
             */
            Container.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Container)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Container: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Container();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.name != null)
                    message.name = String(object.name);
                if (object.image != null)
                    message.image = String(object.image);
                if (object.runtime != null)
                    message.runtime = String(object.runtime);
                if (object.pidNs != null)
                    if ($util.Long)
                        message.pidNs = $util.Long.fromValue(object.pidNs, true);
                    else if (typeof object.pidNs === "string")
                        message.pidNs = parseInt(object.pidNs, 10);
                    else if (typeof object.pidNs === "number")
                        message.pidNs = object.pidNs;
                    else if (typeof object.pidNs === "object")
                        message.pidNs = new $util.LongBits(object.pidNs.low >>> 0, object.pidNs.high >>> 0).toNumber(true);
                if (object.privileged != null)
                    message.privileged = Boolean(object.privileged);
                if (object.cgroup != null)
                    message.cgroup = String(object.cgroup);
                return message;
            };

            /**
             * Creates a plain object from a Container message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Container
             * @static
             * @param {vigil.v1.Container} message Container
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Container.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.image = "";
                    object.runtime = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.pidNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.pidNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.privileged = false;
                    object.cgroup = "";
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.runtime != null && Object.hasOwnProperty.call(message, "runtime"))
                    object.runtime = message.runtime;
                if (message.pidNs != null && Object.hasOwnProperty.call(message, "pidNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.pidNs = typeof message.pidNs === "number" ? BigInt(message.pidNs) : $util.Long.fromBits(message.pidNs.low >>> 0, message.pidNs.high >>> 0, true).toBigInt();
                    else if (typeof message.pidNs === "number")
                        object.pidNs = options.longs === String ? String(message.pidNs) : message.pidNs;
                    else
                        object.pidNs = options.longs === String ? $util.Long.prototype.toString.call(message.pidNs) : options.longs === Number ? new $util.LongBits(message.pidNs.low >>> 0, message.pidNs.high >>> 0).toNumber(true) : message.pidNs;
                if (message.privileged != null && Object.hasOwnProperty.call(message, "privileged"))
                    object.privileged = message.privileged;
                if (message.cgroup != null && Object.hasOwnProperty.call(message, "cgroup"))
                    object.cgroup = message.cgroup;
                return object;
            };

            /**
             * Converts this Container to JSON.
             * @function toJSON
             * @memberof vigil.v1.Container
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Container.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Container
             * @function getTypeUrl
             * @memberof vigil.v1.Container
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Container.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Container";
            };

            return Container;
        })();

        v1.ProcessExec = (function() {

            /**
             * Properties of a ProcessExec.
             * @memberof vigil.v1
             * @interface IProcessExec
             * @property {string|null} [filename] ProcessExec filename
             * @property {Array.<string>|null} [argv] ProcessExec argv
             * @property {boolean|null} [argvTruncated] ProcessExec argvTruncated
             * @property {number|null} [oldPid] ProcessExec oldPid
             * @property {number|null} [result] ProcessExec result
             */

            /**
             * Constructs a new ProcessExec.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessExec.
             * @implements IProcessExec
             * @constructor
             * @param {vigil.v1.IProcessExec=} [properties] Properties to set
             */
            function ProcessExec(properties) {
                this.argv = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessExec filename.
             * @member {string} filename
             * @memberof vigil.v1.ProcessExec
             * @instance
             */
            ProcessExec.prototype.filename = "";

            /**
             * ProcessExec argv.
             * @member {Array.<string>} argv
             * @memberof vigil.v1.ProcessExec
             * @instance
             */
            ProcessExec.prototype.argv = $util.emptyArray;

            /**
             * ProcessExec argvTruncated.
             * @member {boolean} argvTruncated
             * @memberof vigil.v1.ProcessExec
             * @instance
             */
            ProcessExec.prototype.argvTruncated = false;

            /**
             * ProcessExec oldPid.
             * @member {number} oldPid
             * @memberof vigil.v1.ProcessExec
             * @instance
             */
            ProcessExec.prototype.oldPid = 0;

            /**
             * ProcessExec result.
             * @member {number} result
             * @memberof vigil.v1.ProcessExec
             * @instance
             */
            ProcessExec.prototype.result = 0;

            /**
             * Creates a new ProcessExec instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {vigil.v1.IProcessExec=} [properties] Properties to set
             * @returns {vigil.v1.ProcessExec} ProcessExec instance
             */
            ProcessExec.create = function create(properties) {
                return new ProcessExec(properties);
            };

            /**
             * Encodes the specified ProcessExec message. Does not implicitly {@link vigil.v1.ProcessExec.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {vigil.v1.IProcessExec} message ProcessExec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessExec.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.filename != null && Object.hasOwnProperty.call(message, "filename"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.filename);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.argv[i]);
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.argvTruncated);
                if (message.oldPid != null && Object.hasOwnProperty.call(message, "oldPid"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.oldPid);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.result);
                return writer;
            };

            /**
             * Encodes the specified ProcessExec message, length delimited. Does not implicitly {@link vigil.v1.ProcessExec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {vigil.v1.IProcessExec} message ProcessExec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessExec.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessExec message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessExec} ProcessExec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessExec.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessExec();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.filename = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.string());
                            break;
                        }
                    case 3: {
                            message.argvTruncated = reader.bool();
                            break;
                        }
                    case 4: {
                            message.oldPid = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.result = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessExec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessExec} ProcessExec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessExec.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessExec message.
             * @function verify
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessExec.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.filename != null && Object.hasOwnProperty.call(message, "filename"))
                    if (!$util.isString(message.filename))
                        return "filename: string expected";
                if (message.argv != null && Object.hasOwnProperty.call(message, "argv")) {
                    if (!Array.isArray(message.argv))
                        return "argv: array expected";
                    for (let i = 0; i < message.argv.length; ++i)
                        if (!$util.isString(message.argv[i]))
                            return "argv: string[] expected";
                }
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    if (typeof message.argvTruncated !== "boolean")
                        return "argvTruncated: boolean expected";
                if (message.oldPid != null && Object.hasOwnProperty.call(message, "oldPid"))
                    if (!$util.isInteger(message.oldPid))
                        return "oldPid: integer expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                return null;
            };

            /**
             * Creates a ProcessExec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessExec} ProcessExec
             */
            ProcessExec.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessExec)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessExec: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessExec();
                if (object.filename != null)
                    message.filename = String(object.filename);
                if (object.argv) {
                    if (!Array.isArray(object.argv))
                        throw TypeError(".vigil.v1.ProcessExec.argv: array expected");
                    message.argv = [];
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = String(object.argv[i]);
                }
                if (object.argvTruncated != null)
                    message.argvTruncated = Boolean(object.argvTruncated);
                if (object.oldPid != null)
                    message.oldPid = object.oldPid >>> 0;
                if (object.result != null)
                    message.result = object.result | 0;
                return message;
            };

            /**
             * Creates a plain object from a ProcessExec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {vigil.v1.ProcessExec} message ProcessExec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessExec.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.argv = [];
                if (options.defaults) {
                    object.filename = "";
                    object.argvTruncated = false;
                    object.oldPid = 0;
                    object.result = 0;
                }
                if (message.filename != null && Object.hasOwnProperty.call(message, "filename"))
                    object.filename = message.filename;
                if (message.argv && message.argv.length) {
                    object.argv = [];
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.argvTruncated != null && Object.hasOwnProperty.call(message, "argvTruncated"))
                    object.argvTruncated = message.argvTruncated;
                if (message.oldPid != null && Object.hasOwnProperty.call(message, "oldPid"))
                    object.oldPid = message.oldPid;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                return object;
            };

            /**
             * Converts this ProcessExec to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessExec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessExec.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessExec
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessExec
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessExec.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessExec";
            };

            return ProcessExec;
        })();

        v1.ProcessFork = (function() {

            /**
             * Properties of a ProcessFork.
             * @memberof vigil.v1
             * @interface IProcessFork
             * @property {number|null} [childPid] ProcessFork childPid
             * @property {number|null} [childTid] ProcessFork childTid
             * @property {string|null} [childProcessUid] ProcessFork childProcessUid
             * @property {boolean|null} [isThread] ProcessFork isThread
             */

            /**
             * Constructs a new ProcessFork.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessFork.
             * @implements IProcessFork
             * @constructor
             * @param {vigil.v1.IProcessFork=} [properties] Properties to set
             */
            function ProcessFork(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessFork childPid.
             * @member {number} childPid
             * @memberof vigil.v1.ProcessFork
             * @instance
             */
            ProcessFork.prototype.childPid = 0;

            /**
             * ProcessFork childTid.
             * @member {number} childTid
             * @memberof vigil.v1.ProcessFork
             * @instance
             */
            ProcessFork.prototype.childTid = 0;

            /**
             * ProcessFork childProcessUid.
             * @member {string} childProcessUid
             * @memberof vigil.v1.ProcessFork
             * @instance
             */
            ProcessFork.prototype.childProcessUid = "";

            /**
             * ProcessFork isThread.
             * @member {boolean} isThread
             * @memberof vigil.v1.ProcessFork
             * @instance
             */
            ProcessFork.prototype.isThread = false;

            /**
             * Creates a new ProcessFork instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {vigil.v1.IProcessFork=} [properties] Properties to set
             * @returns {vigil.v1.ProcessFork} ProcessFork instance
             */
            ProcessFork.create = function create(properties) {
                return new ProcessFork(properties);
            };

            /**
             * Encodes the specified ProcessFork message. Does not implicitly {@link vigil.v1.ProcessFork.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {vigil.v1.IProcessFork} message ProcessFork message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessFork.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.childPid != null && Object.hasOwnProperty.call(message, "childPid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.childPid);
                if (message.childTid != null && Object.hasOwnProperty.call(message, "childTid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.childTid);
                if (message.childProcessUid != null && Object.hasOwnProperty.call(message, "childProcessUid"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.childProcessUid);
                if (message.isThread != null && Object.hasOwnProperty.call(message, "isThread"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.isThread);
                return writer;
            };

            /**
             * Encodes the specified ProcessFork message, length delimited. Does not implicitly {@link vigil.v1.ProcessFork.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {vigil.v1.IProcessFork} message ProcessFork message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessFork.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessFork message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessFork} ProcessFork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessFork.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessFork();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.childPid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.childTid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.childProcessUid = reader.string();
                            break;
                        }
                    case 4: {
                            message.isThread = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessFork message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessFork} ProcessFork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessFork.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessFork message.
             * @function verify
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessFork.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.childPid != null && Object.hasOwnProperty.call(message, "childPid"))
                    if (!$util.isInteger(message.childPid))
                        return "childPid: integer expected";
                if (message.childTid != null && Object.hasOwnProperty.call(message, "childTid"))
                    if (!$util.isInteger(message.childTid))
                        return "childTid: integer expected";
                if (message.childProcessUid != null && Object.hasOwnProperty.call(message, "childProcessUid"))
                    if (!$util.isString(message.childProcessUid))
                        return "childProcessUid: string expected";
                if (message.isThread != null && Object.hasOwnProperty.call(message, "isThread"))
                    if (typeof message.isThread !== "boolean")
                        return "isThread: boolean expected";
                return null;
            };

            /**
             * Creates a ProcessFork message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessFork} ProcessFork
             */
            ProcessFork.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessFork)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessFork: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessFork();
                if (object.childPid != null)
                    message.childPid = object.childPid >>> 0;
                if (object.childTid != null)
                    message.childTid = object.childTid >>> 0;
                if (object.childProcessUid != null)
                    message.childProcessUid = String(object.childProcessUid);
                if (object.isThread != null)
                    message.isThread = Boolean(object.isThread);
                return message;
            };

            /**
             * Creates a plain object from a ProcessFork message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {vigil.v1.ProcessFork} message ProcessFork
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessFork.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.childPid = 0;
                    object.childTid = 0;
                    object.childProcessUid = "";
                    object.isThread = false;
                }
                if (message.childPid != null && Object.hasOwnProperty.call(message, "childPid"))
                    object.childPid = message.childPid;
                if (message.childTid != null && Object.hasOwnProperty.call(message, "childTid"))
                    object.childTid = message.childTid;
                if (message.childProcessUid != null && Object.hasOwnProperty.call(message, "childProcessUid"))
                    object.childProcessUid = message.childProcessUid;
                if (message.isThread != null && Object.hasOwnProperty.call(message, "isThread"))
                    object.isThread = message.isThread;
                return object;
            };

            /**
             * Converts this ProcessFork to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessFork
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessFork.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessFork
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessFork
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessFork.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessFork";
            };

            return ProcessFork;
        })();

        v1.ProcessExit = (function() {

            /**
             * Properties of a ProcessExit.
             * @memberof vigil.v1
             * @interface IProcessExit
             * @property {number|null} [code] ProcessExit code
             * @property {number|null} [signal] ProcessExit signal
             * @property {boolean|null} [coreDumped] ProcessExit coreDumped
             */

            /**
             * Constructs a new ProcessExit.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessExit.
             * @implements IProcessExit
             * @constructor
             * @param {vigil.v1.IProcessExit=} [properties] Properties to set
             */
            function ProcessExit(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessExit code.
             * @member {number|null|undefined} code
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.code = null;

            /**
             * ProcessExit signal.
             * @member {number|null|undefined} signal
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.signal = null;

            /**
             * ProcessExit coreDumped.
             * @member {boolean} coreDumped
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.coreDumped = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(ProcessExit.prototype, "_code", {
                get: $util.oneOfGetter($oneOfFields = ["code"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(ProcessExit.prototype, "_signal", {
                get: $util.oneOfGetter($oneOfFields = ["signal"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ProcessExit instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.IProcessExit=} [properties] Properties to set
             * @returns {vigil.v1.ProcessExit} ProcessExit instance
             */
            ProcessExit.create = function create(properties) {
                return new ProcessExit(properties);
            };

            /**
             * Encodes the specified ProcessExit message. Does not implicitly {@link vigil.v1.ProcessExit.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.IProcessExit} message ProcessExit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessExit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.signal);
                if (message.coreDumped != null && Object.hasOwnProperty.call(message, "coreDumped"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.coreDumped);
                return writer;
            };

            /**
             * Encodes the specified ProcessExit message, length delimited. Does not implicitly {@link vigil.v1.ProcessExit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.IProcessExit} message ProcessExit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessExit.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessExit message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessExit} ProcessExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessExit.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessExit();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.int32();
                            break;
                        }
                    case 2: {
                            message.signal = reader.int32();
                            break;
                        }
                    case 3: {
                            message.coreDumped = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessExit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessExit} ProcessExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessExit.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessExit message.
             * @function verify
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessExit.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.code != null && Object.hasOwnProperty.call(message, "code")) {
                    properties._code = 1;
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                }
                if (message.signal != null && Object.hasOwnProperty.call(message, "signal")) {
                    properties._signal = 1;
                    if (!$util.isInteger(message.signal))
                        return "signal: integer expected";
                }
                if (message.coreDumped != null && Object.hasOwnProperty.call(message, "coreDumped"))
                    if (typeof message.coreDumped !== "boolean")
                        return "coreDumped: boolean expected";
                return null;
            };

            /**
             * Creates a ProcessExit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessExit} ProcessExit
             */
            ProcessExit.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessExit)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessExit: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessExit();
                if (object.code != null)
                    message.code = object.code | 0;
                if (object.signal != null)
                    message.signal = object.signal | 0;
                if (object.coreDumped != null)
                    message.coreDumped = Boolean(object.coreDumped);
                return message;
            };

            /**
             * Creates a plain object from a ProcessExit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.ProcessExit} message ProcessExit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessExit.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.coreDumped = false;
                if (message.code != null && Object.hasOwnProperty.call(message, "code")) {
                    object.code = message.code;
                    if (options.oneofs)
                        object._code = "code";
                }
                if (message.signal != null && Object.hasOwnProperty.call(message, "signal")) {
                    object.signal = message.signal;
                    if (options.oneofs)
                        object._signal = "signal";
                }
                if (message.coreDumped != null && Object.hasOwnProperty.call(message, "coreDumped"))
                    object.coreDumped = message.coreDumped;
                return object;
            };

            /**
             * Converts this ProcessExit to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessExit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessExit.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessExit
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessExit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessExit";
            };

            return ProcessExit;
        })();

        v1.FileOpen = (function() {

            /**
             * Properties of a FileOpen.
             * @memberof vigil.v1
             * @interface IFileOpen
             * @property {string|null} [path] FileOpen path
             * @property {number|null} [flags] FileOpen flags
             * @property {number|null} [mode] FileOpen mode
             * @property {number|Long|null} [result] FileOpen result
             * @property {boolean|null} [pathTruncated] FileOpen pathTruncated
             * @property {string|null} [pathRaw] FileOpen pathRaw
             */

            /**
             * Constructs a new FileOpen.
             * @memberof vigil.v1
             * @classdesc Represents a FileOpen.
             * @implements IFileOpen
             * @constructor
             * @param {vigil.v1.IFileOpen=} [properties] Properties to set
             */
            function FileOpen(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileOpen path.
             * @member {string} path
             * @memberof vigil.v1.FileOpen
             * @instance
             */
            FileOpen.prototype.path = "";

            /**
             * FileOpen flags.
             * @member {number} flags
             * @memberof vigil.v1.FileOpen
             * @instance
             */
            FileOpen.prototype.flags = 0;

            /**
             * FileOpen mode.
             * @member {number} mode
             * @memberof vigil.v1.FileOpen
             * @instance
             */
            FileOpen.prototype.mode = 0;

            /**
             * FileOpen result.
             * @member {number|Long} result
             * @memberof vigil.v1.FileOpen
             * @instance
             */
            FileOpen.prototype.result = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FileOpen pathTruncated.
             * @member {boolean} pathTruncated
             * @memberof vigil.v1.FileOpen
             * @instance
             */
            FileOpen.prototype.pathTruncated = false;

            /**
             * FileOpen pathRaw.
             * @member {string} pathRaw
             * @memberof vigil.v1.FileOpen
             * @instance
             */
            FileOpen.prototype.pathRaw = "";

            /**
             * Creates a new FileOpen instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {vigil.v1.IFileOpen=} [properties] Properties to set
             * @returns {vigil.v1.FileOpen} FileOpen instance
             */
            FileOpen.create = function create(properties) {
                return new FileOpen(properties);
            };

            /**
             * Encodes the specified FileOpen message. Does not implicitly {@link vigil.v1.FileOpen.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {vigil.v1.IFileOpen} message FileOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileOpen.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.mode);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.result);
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.pathTruncated);
                if (message.pathRaw != null && Object.hasOwnProperty.call(message, "pathRaw"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.pathRaw);
                return writer;
            };

            /**
             * Encodes the specified FileOpen message, length delimited. Does not implicitly {@link vigil.v1.FileOpen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {vigil.v1.IFileOpen} message FileOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileOpen.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileOpen message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileOpen} FileOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileOpen.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileOpen();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.path = reader.string();
                            break;
                        }
                    case 2: {
                            message.flags = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.mode = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.result = reader.int64();
                            break;
                        }
                    case 5: {
                            message.pathTruncated = reader.bool();
                            break;
                        }
                    case 6: {
                            message.pathRaw = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileOpen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileOpen} FileOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileOpen.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileOpen message.
             * @function verify
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileOpen.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    if (!$util.isInteger(message.flags))
                        return "flags: integer expected";
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isInteger(message.mode))
                        return "mode: integer expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result) && !(message.result && $util.isInteger(message.result.low) && $util.isInteger(message.result.high)))
                        return "result: integer|Long expected";
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    if (typeof message.pathTruncated !== "boolean")
                        return "pathTruncated: boolean expected";
                if (message.pathRaw != null && Object.hasOwnProperty.call(message, "pathRaw"))
                    if (!$util.isString(message.pathRaw))
                        return "pathRaw: string expected";
                return null;
            };

            /**
             * Creates a FileOpen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileOpen} FileOpen
             */
            FileOpen.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileOpen)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileOpen: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileOpen();
                if (object.path != null)
                    message.path = String(object.path);
                if (object.flags != null)
                    message.flags = object.flags >>> 0;
                if (object.mode != null)
                    message.mode = object.mode >>> 0;
                if (object.result != null)
                    if ($util.Long)
                        message.result = $util.Long.fromValue(object.result, false);
                    else if (typeof object.result === "string")
                        message.result = parseInt(object.result, 10);
                    else if (typeof object.result === "number")
                        message.result = object.result;
                    else if (typeof object.result === "object")
                        message.result = new $util.LongBits(object.result.low >>> 0, object.result.high >>> 0).toNumber();
                if (object.pathTruncated != null)
                    message.pathTruncated = Boolean(object.pathTruncated);
                if (object.pathRaw != null)
                    message.pathRaw = String(object.pathRaw);
                return message;
            };

            /**
             * Creates a plain object from a FileOpen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {vigil.v1.FileOpen} message FileOpen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileOpen.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.flags = 0;
                    object.mode = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.result = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.result = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.pathTruncated = false;
                    object.pathRaw = "";
                }
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                    object.flags = message.flags;
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.result = typeof message.result === "number" ? BigInt(message.result) : $util.Long.fromBits(message.result.low >>> 0, message.result.high >>> 0, false).toBigInt();
                    else if (typeof message.result === "number")
                        object.result = options.longs === String ? String(message.result) : message.result;
                    else
                        object.result = options.longs === String ? $util.Long.prototype.toString.call(message.result) : options.longs === Number ? new $util.LongBits(message.result.low >>> 0, message.result.high >>> 0).toNumber() : message.result;
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    object.pathTruncated = message.pathTruncated;
                if (message.pathRaw != null && Object.hasOwnProperty.call(message, "pathRaw"))
                    object.pathRaw = message.pathRaw;
                return object;
            };

            /**
             * Converts this FileOpen to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileOpen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileOpen.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileOpen
             * @function getTypeUrl
             * @memberof vigil.v1.FileOpen
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileOpen.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileOpen";
            };

            return FileOpen;
        })();

        v1.FileWrite = (function() {

            /**
             * Properties of a FileWrite.
             * @memberof vigil.v1
             * @interface IFileWrite
             * @property {string|null} [path] FileWrite path
             * @property {number|Long|null} [result] FileWrite result
             */

            /**
             * Constructs a new FileWrite.
             * @memberof vigil.v1
             * @classdesc Represents a FileWrite.
             * @implements IFileWrite
             * @constructor
             * @param {vigil.v1.IFileWrite=} [properties] Properties to set
             */
            function FileWrite(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileWrite path.
             * @member {string} path
             * @memberof vigil.v1.FileWrite
             * @instance
             */
            FileWrite.prototype.path = "";

            /**
             * FileWrite result.
             * @member {number|Long} result
             * @memberof vigil.v1.FileWrite
             * @instance
             */
            FileWrite.prototype.result = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FileWrite instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {vigil.v1.IFileWrite=} [properties] Properties to set
             * @returns {vigil.v1.FileWrite} FileWrite instance
             */
            FileWrite.create = function create(properties) {
                return new FileWrite(properties);
            };

            /**
             * Encodes the specified FileWrite message. Does not implicitly {@link vigil.v1.FileWrite.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {vigil.v1.IFileWrite} message FileWrite message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileWrite.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.result);
                return writer;
            };

            /**
             * Encodes the specified FileWrite message, length delimited. Does not implicitly {@link vigil.v1.FileWrite.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {vigil.v1.IFileWrite} message FileWrite message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileWrite.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileWrite message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileWrite} FileWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileWrite.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileWrite();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.path = reader.string();
                            break;
                        }
                    case 2: {
                            message.result = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileWrite message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileWrite} FileWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileWrite.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileWrite message.
             * @function verify
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileWrite.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result) && !(message.result && $util.isInteger(message.result.low) && $util.isInteger(message.result.high)))
                        return "result: integer|Long expected";
                return null;
            };

            /**
             * Creates a FileWrite message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileWrite} FileWrite
             */
            FileWrite.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileWrite)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileWrite: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileWrite();
                if (object.path != null)
                    message.path = String(object.path);
                if (object.result != null)
                    if ($util.Long)
                        message.result = $util.Long.fromValue(object.result, false);
                    else if (typeof object.result === "string")
                        message.result = parseInt(object.result, 10);
                    else if (typeof object.result === "number")
                        message.result = object.result;
                    else if (typeof object.result === "object")
                        message.result = new $util.LongBits(object.result.low >>> 0, object.result.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a FileWrite message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {vigil.v1.FileWrite} message FileWrite
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileWrite.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.result = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.result = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.result = typeof message.result === "number" ? BigInt(message.result) : $util.Long.fromBits(message.result.low >>> 0, message.result.high >>> 0, false).toBigInt();
                    else if (typeof message.result === "number")
                        object.result = options.longs === String ? String(message.result) : message.result;
                    else
                        object.result = options.longs === String ? $util.Long.prototype.toString.call(message.result) : options.longs === Number ? new $util.LongBits(message.result.low >>> 0, message.result.high >>> 0).toNumber() : message.result;
                return object;
            };

            /**
             * Converts this FileWrite to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileWrite
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileWrite.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileWrite
             * @function getTypeUrl
             * @memberof vigil.v1.FileWrite
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileWrite.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileWrite";
            };

            return FileWrite;
        })();

        v1.FileRename = (function() {

            /**
             * Properties of a FileRename.
             * @memberof vigil.v1
             * @interface IFileRename
             * @property {string|null} [oldPath] FileRename oldPath
             * @property {string|null} [newPath] FileRename newPath
             * @property {number|null} [result] FileRename result
             * @property {boolean|null} [oldPathTruncated] FileRename oldPathTruncated
             * @property {boolean|null} [newPathTruncated] FileRename newPathTruncated
             */

            /**
             * Constructs a new FileRename.
             * @memberof vigil.v1
             * @classdesc Represents a FileRename.
             * @implements IFileRename
             * @constructor
             * @param {vigil.v1.IFileRename=} [properties] Properties to set
             */
            function FileRename(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileRename oldPath.
             * @member {string} oldPath
             * @memberof vigil.v1.FileRename
             * @instance
             */
            FileRename.prototype.oldPath = "";

            /**
             * FileRename newPath.
             * @member {string} newPath
             * @memberof vigil.v1.FileRename
             * @instance
             */
            FileRename.prototype.newPath = "";

            /**
             * FileRename result.
             * @member {number} result
             * @memberof vigil.v1.FileRename
             * @instance
             */
            FileRename.prototype.result = 0;

            /**
             * FileRename oldPathTruncated.
             * @member {boolean} oldPathTruncated
             * @memberof vigil.v1.FileRename
             * @instance
             */
            FileRename.prototype.oldPathTruncated = false;

            /**
             * FileRename newPathTruncated.
             * @member {boolean} newPathTruncated
             * @memberof vigil.v1.FileRename
             * @instance
             */
            FileRename.prototype.newPathTruncated = false;

            /**
             * Creates a new FileRename instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileRename
             * @static
             * @param {vigil.v1.IFileRename=} [properties] Properties to set
             * @returns {vigil.v1.FileRename} FileRename instance
             */
            FileRename.create = function create(properties) {
                return new FileRename(properties);
            };

            /**
             * Encodes the specified FileRename message. Does not implicitly {@link vigil.v1.FileRename.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileRename
             * @static
             * @param {vigil.v1.IFileRename} message FileRename message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileRename.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.oldPath != null && Object.hasOwnProperty.call(message, "oldPath"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.oldPath);
                if (message.newPath != null && Object.hasOwnProperty.call(message, "newPath"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.newPath);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.result);
                if (message.oldPathTruncated != null && Object.hasOwnProperty.call(message, "oldPathTruncated"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.oldPathTruncated);
                if (message.newPathTruncated != null && Object.hasOwnProperty.call(message, "newPathTruncated"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.newPathTruncated);
                return writer;
            };

            /**
             * Encodes the specified FileRename message, length delimited. Does not implicitly {@link vigil.v1.FileRename.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileRename
             * @static
             * @param {vigil.v1.IFileRename} message FileRename message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileRename.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileRename message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileRename
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileRename} FileRename
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileRename.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileRename();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.oldPath = reader.string();
                            break;
                        }
                    case 2: {
                            message.newPath = reader.string();
                            break;
                        }
                    case 3: {
                            message.result = reader.int32();
                            break;
                        }
                    case 4: {
                            message.oldPathTruncated = reader.bool();
                            break;
                        }
                    case 5: {
                            message.newPathTruncated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileRename message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileRename
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileRename} FileRename
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileRename.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileRename message.
             * @function verify
             * @memberof vigil.v1.FileRename
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileRename.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.oldPath != null && Object.hasOwnProperty.call(message, "oldPath"))
                    if (!$util.isString(message.oldPath))
                        return "oldPath: string expected";
                if (message.newPath != null && Object.hasOwnProperty.call(message, "newPath"))
                    if (!$util.isString(message.newPath))
                        return "newPath: string expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                if (message.oldPathTruncated != null && Object.hasOwnProperty.call(message, "oldPathTruncated"))
                    if (typeof message.oldPathTruncated !== "boolean")
                        return "oldPathTruncated: boolean expected";
                if (message.newPathTruncated != null && Object.hasOwnProperty.call(message, "newPathTruncated"))
                    if (typeof message.newPathTruncated !== "boolean")
                        return "newPathTruncated: boolean expected";
                return null;
            };

            /**
             * Creates a FileRename message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileRename
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileRename} FileRename
             */
            FileRename.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileRename)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileRename: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileRename();
                if (object.oldPath != null)
                    message.oldPath = String(object.oldPath);
                if (object.newPath != null)
                    message.newPath = String(object.newPath);
                if (object.result != null)
                    message.result = object.result | 0;
                if (object.oldPathTruncated != null)
                    message.oldPathTruncated = Boolean(object.oldPathTruncated);
                if (object.newPathTruncated != null)
                    message.newPathTruncated = Boolean(object.newPathTruncated);
                return message;
            };

            /**
             * Creates a plain object from a FileRename message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileRename
             * @static
             * @param {vigil.v1.FileRename} message FileRename
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileRename.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.oldPath = "";
                    object.newPath = "";
                    object.result = 0;
                    object.oldPathTruncated = false;
                    object.newPathTruncated = false;
                }
                if (message.oldPath != null && Object.hasOwnProperty.call(message, "oldPath"))
                    object.oldPath = message.oldPath;
                if (message.newPath != null && Object.hasOwnProperty.call(message, "newPath"))
                    object.newPath = message.newPath;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                if (message.oldPathTruncated != null && Object.hasOwnProperty.call(message, "oldPathTruncated"))
                    object.oldPathTruncated = message.oldPathTruncated;
                if (message.newPathTruncated != null && Object.hasOwnProperty.call(message, "newPathTruncated"))
                    object.newPathTruncated = message.newPathTruncated;
                return object;
            };

            /**
             * Converts this FileRename to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileRename
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileRename.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileRename
             * @function getTypeUrl
             * @memberof vigil.v1.FileRename
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileRename.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileRename";
            };

            return FileRename;
        })();

        v1.FileLink = (function() {

            /**
             * Properties of a FileLink.
             * @memberof vigil.v1
             * @interface IFileLink
             * @property {string|null} [linkPath] FileLink linkPath
             * @property {string|null} [target] FileLink target
             * @property {boolean|null} [hard] FileLink hard
             * @property {number|null} [result] FileLink result
             * @property {boolean|null} [linkPathTruncated] FileLink linkPathTruncated
             * @property {boolean|null} [targetTruncated] FileLink targetTruncated
             */

            /**
             * Constructs a new FileLink.
             * @memberof vigil.v1
             * @classdesc Represents a FileLink.
             * @implements IFileLink
             * @constructor
             * @param {vigil.v1.IFileLink=} [properties] Properties to set
             */
            function FileLink(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileLink linkPath.
             * @member {string} linkPath
             * @memberof vigil.v1.FileLink
             * @instance
             */
            FileLink.prototype.linkPath = "";

            /**
             * FileLink target.
             * @member {string} target
             * @memberof vigil.v1.FileLink
             * @instance
             */
            FileLink.prototype.target = "";

            /**
             * FileLink hard.
             * @member {boolean} hard
             * @memberof vigil.v1.FileLink
             * @instance
             */
            FileLink.prototype.hard = false;

            /**
             * FileLink result.
             * @member {number} result
             * @memberof vigil.v1.FileLink
             * @instance
             */
            FileLink.prototype.result = 0;

            /**
             * FileLink linkPathTruncated.
             * @member {boolean} linkPathTruncated
             * @memberof vigil.v1.FileLink
             * @instance
             */
            FileLink.prototype.linkPathTruncated = false;

            /**
             * FileLink targetTruncated.
             * @member {boolean} targetTruncated
             * @memberof vigil.v1.FileLink
             * @instance
             */
            FileLink.prototype.targetTruncated = false;

            /**
             * Creates a new FileLink instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileLink
             * @static
             * @param {vigil.v1.IFileLink=} [properties] Properties to set
             * @returns {vigil.v1.FileLink} FileLink instance
             */
            FileLink.create = function create(properties) {
                return new FileLink(properties);
            };

            /**
             * Encodes the specified FileLink message. Does not implicitly {@link vigil.v1.FileLink.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileLink
             * @static
             * @param {vigil.v1.IFileLink} message FileLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileLink.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.linkPath != null && Object.hasOwnProperty.call(message, "linkPath"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.linkPath);
                if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.hard != null && Object.hasOwnProperty.call(message, "hard"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hard);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.result);
                if (message.linkPathTruncated != null && Object.hasOwnProperty.call(message, "linkPathTruncated"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.linkPathTruncated);
                if (message.targetTruncated != null && Object.hasOwnProperty.call(message, "targetTruncated"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.targetTruncated);
                return writer;
            };

            /**
             * Encodes the specified FileLink message, length delimited. Does not implicitly {@link vigil.v1.FileLink.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileLink
             * @static
             * @param {vigil.v1.IFileLink} message FileLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileLink.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileLink message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileLink} FileLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileLink.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileLink();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.linkPath = reader.string();
                            break;
                        }
                    case 2: {
                            message.target = reader.string();
                            break;
                        }
                    case 3: {
                            message.hard = reader.bool();
                            break;
                        }
                    case 4: {
                            message.result = reader.int32();
                            break;
                        }
                    case 5: {
                            message.linkPathTruncated = reader.bool();
                            break;
                        }
                    case 6: {
                            message.targetTruncated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileLink message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileLink} FileLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileLink.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileLink message.
             * @function verify
             * @memberof vigil.v1.FileLink
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileLink.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.linkPath != null && Object.hasOwnProperty.call(message, "linkPath"))
                    if (!$util.isString(message.linkPath))
                        return "linkPath: string expected";
                if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                if (message.hard != null && Object.hasOwnProperty.call(message, "hard"))
                    if (typeof message.hard !== "boolean")
                        return "hard: boolean expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                if (message.linkPathTruncated != null && Object.hasOwnProperty.call(message, "linkPathTruncated"))
                    if (typeof message.linkPathTruncated !== "boolean")
                        return "linkPathTruncated: boolean expected";
                if (message.targetTruncated != null && Object.hasOwnProperty.call(message, "targetTruncated"))
                    if (typeof message.targetTruncated !== "boolean")
                        return "targetTruncated: boolean expected";
                return null;
            };

            /**
             * Creates a FileLink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileLink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileLink} FileLink
             */
            FileLink.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileLink)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileLink: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileLink();
                if (object.linkPath != null)
                    message.linkPath = String(object.linkPath);
                if (object.target != null)
                    message.target = String(object.target);
                if (object.hard != null)
                    message.hard = Boolean(object.hard);
                if (object.result != null)
                    message.result = object.result | 0;
                if (object.linkPathTruncated != null)
                    message.linkPathTruncated = Boolean(object.linkPathTruncated);
                if (object.targetTruncated != null)
                    message.targetTruncated = Boolean(object.targetTruncated);
                return message;
            };

            /**
             * Creates a plain object from a FileLink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileLink
             * @static
             * @param {vigil.v1.FileLink} message FileLink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileLink.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.linkPath = "";
                    object.target = "";
                    object.hard = false;
                    object.result = 0;
                    object.linkPathTruncated = false;
                    object.targetTruncated = false;
                }
                if (message.linkPath != null && Object.hasOwnProperty.call(message, "linkPath"))
                    object.linkPath = message.linkPath;
                if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.hard != null && Object.hasOwnProperty.call(message, "hard"))
                    object.hard = message.hard;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                if (message.linkPathTruncated != null && Object.hasOwnProperty.call(message, "linkPathTruncated"))
                    object.linkPathTruncated = message.linkPathTruncated;
                if (message.targetTruncated != null && Object.hasOwnProperty.call(message, "targetTruncated"))
                    object.targetTruncated = message.targetTruncated;
                return object;
            };

            /**
             * Converts this FileLink to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileLink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileLink.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileLink
             * @function getTypeUrl
             * @memberof vigil.v1.FileLink
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileLink.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileLink";
            };

            return FileLink;
        })();

        v1.ProcessPtrace = (function() {

            /**
             * Properties of a ProcessPtrace.
             * @memberof vigil.v1
             * @interface IProcessPtrace
             * @property {number|null} [request] ProcessPtrace request
             * @property {number|null} [targetPid] ProcessPtrace targetPid
             * @property {number|null} [result] ProcessPtrace result
             */

            /**
             * Constructs a new ProcessPtrace.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessPtrace.
             * @implements IProcessPtrace
             * @constructor
             * @param {vigil.v1.IProcessPtrace=} [properties] Properties to set
             */
            function ProcessPtrace(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProcessPtrace request.
             * @member {number} request
             * @memberof vigil.v1.ProcessPtrace
             * @instance
             */
            ProcessPtrace.prototype.request = 0;

            /**
             * ProcessPtrace targetPid.
             * @member {number} targetPid
             * @memberof vigil.v1.ProcessPtrace
             * @instance
             */
            ProcessPtrace.prototype.targetPid = 0;

            /**
             * ProcessPtrace result.
             * @member {number} result
             * @memberof vigil.v1.ProcessPtrace
             * @instance
             */
            ProcessPtrace.prototype.result = 0;

            /**
             * Creates a new ProcessPtrace instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {vigil.v1.IProcessPtrace=} [properties] Properties to set
             * @returns {vigil.v1.ProcessPtrace} ProcessPtrace instance
             */
            ProcessPtrace.create = function create(properties) {
                return new ProcessPtrace(properties);
            };

            /**
             * Encodes the specified ProcessPtrace message. Does not implicitly {@link vigil.v1.ProcessPtrace.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {vigil.v1.IProcessPtrace} message ProcessPtrace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessPtrace.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.request != null && Object.hasOwnProperty.call(message, "request"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.request);
                if (message.targetPid != null && Object.hasOwnProperty.call(message, "targetPid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetPid);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.result);
                return writer;
            };

            /**
             * Encodes the specified ProcessPtrace message, length delimited. Does not implicitly {@link vigil.v1.ProcessPtrace.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {vigil.v1.IProcessPtrace} message ProcessPtrace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessPtrace.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ProcessPtrace message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessPtrace} ProcessPtrace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessPtrace.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ProcessPtrace();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.request = reader.int32();
                            break;
                        }
                    case 2: {
                            message.targetPid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.result = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ProcessPtrace message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ProcessPtrace} ProcessPtrace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessPtrace.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ProcessPtrace message.
             * @function verify
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProcessPtrace.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.request != null && Object.hasOwnProperty.call(message, "request"))
                    if (!$util.isInteger(message.request))
                        return "request: integer expected";
                if (message.targetPid != null && Object.hasOwnProperty.call(message, "targetPid"))
                    if (!$util.isInteger(message.targetPid))
                        return "targetPid: integer expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                return null;
            };

            /**
             * Creates a ProcessPtrace message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessPtrace} ProcessPtrace
             */
            ProcessPtrace.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ProcessPtrace)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ProcessPtrace: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ProcessPtrace();
                if (object.request != null)
                    message.request = object.request | 0;
                if (object.targetPid != null)
                    message.targetPid = object.targetPid >>> 0;
                if (object.result != null)
                    message.result = object.result | 0;
                return message;
            };

            /**
             * Creates a plain object from a ProcessPtrace message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {vigil.v1.ProcessPtrace} message ProcessPtrace
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessPtrace.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.request = 0;
                    object.targetPid = 0;
                    object.result = 0;
                }
                if (message.request != null && Object.hasOwnProperty.call(message, "request"))
                    object.request = message.request;
                if (message.targetPid != null && Object.hasOwnProperty.call(message, "targetPid"))
                    object.targetPid = message.targetPid;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                return object;
            };

            /**
             * Converts this ProcessPtrace to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessPtrace
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessPtrace.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ProcessPtrace
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessPtrace
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProcessPtrace.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ProcessPtrace";
            };

            return ProcessPtrace;
        })();

        v1.FileUnlink = (function() {

            /**
             * Properties of a FileUnlink.
             * @memberof vigil.v1
             * @interface IFileUnlink
             * @property {string|null} [path] FileUnlink path
             * @property {boolean|null} [isDir] FileUnlink isDir
             * @property {number|null} [result] FileUnlink result
             * @property {boolean|null} [pathTruncated] FileUnlink pathTruncated
             */

            /**
             * Constructs a new FileUnlink.
             * @memberof vigil.v1
             * @classdesc Represents a FileUnlink.
             * @implements IFileUnlink
             * @constructor
             * @param {vigil.v1.IFileUnlink=} [properties] Properties to set
             */
            function FileUnlink(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileUnlink path.
             * @member {string} path
             * @memberof vigil.v1.FileUnlink
             * @instance
             */
            FileUnlink.prototype.path = "";

            /**
             * FileUnlink isDir.
             * @member {boolean} isDir
             * @memberof vigil.v1.FileUnlink
             * @instance
             */
            FileUnlink.prototype.isDir = false;

            /**
             * FileUnlink result.
             * @member {number} result
             * @memberof vigil.v1.FileUnlink
             * @instance
             */
            FileUnlink.prototype.result = 0;

            /**
             * FileUnlink pathTruncated.
             * @member {boolean} pathTruncated
             * @memberof vigil.v1.FileUnlink
             * @instance
             */
            FileUnlink.prototype.pathTruncated = false;

            /**
             * Creates a new FileUnlink instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {vigil.v1.IFileUnlink=} [properties] Properties to set
             * @returns {vigil.v1.FileUnlink} FileUnlink instance
             */
            FileUnlink.create = function create(properties) {
                return new FileUnlink(properties);
            };

            /**
             * Encodes the specified FileUnlink message. Does not implicitly {@link vigil.v1.FileUnlink.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {vigil.v1.IFileUnlink} message FileUnlink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileUnlink.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.isDir != null && Object.hasOwnProperty.call(message, "isDir"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isDir);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.result);
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.pathTruncated);
                return writer;
            };

            /**
             * Encodes the specified FileUnlink message, length delimited. Does not implicitly {@link vigil.v1.FileUnlink.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {vigil.v1.IFileUnlink} message FileUnlink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileUnlink.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileUnlink message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileUnlink} FileUnlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileUnlink.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileUnlink();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.path = reader.string();
                            break;
                        }
                    case 2: {
                            message.isDir = reader.bool();
                            break;
                        }
                    case 3: {
                            message.result = reader.int32();
                            break;
                        }
                    case 4: {
                            message.pathTruncated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileUnlink message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileUnlink} FileUnlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileUnlink.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileUnlink message.
             * @function verify
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileUnlink.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.isDir != null && Object.hasOwnProperty.call(message, "isDir"))
                    if (typeof message.isDir !== "boolean")
                        return "isDir: boolean expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    if (typeof message.pathTruncated !== "boolean")
                        return "pathTruncated: boolean expected";
                return null;
            };

            /**
             * Creates a FileUnlink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileUnlink} FileUnlink
             */
            FileUnlink.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileUnlink)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileUnlink: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileUnlink();
                if (object.path != null)
                    message.path = String(object.path);
                if (object.isDir != null)
                    message.isDir = Boolean(object.isDir);
                if (object.result != null)
                    message.result = object.result | 0;
                if (object.pathTruncated != null)
                    message.pathTruncated = Boolean(object.pathTruncated);
                return message;
            };

            /**
             * Creates a plain object from a FileUnlink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {vigil.v1.FileUnlink} message FileUnlink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileUnlink.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.isDir = false;
                    object.result = 0;
                    object.pathTruncated = false;
                }
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.isDir != null && Object.hasOwnProperty.call(message, "isDir"))
                    object.isDir = message.isDir;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    object.pathTruncated = message.pathTruncated;
                return object;
            };

            /**
             * Converts this FileUnlink to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileUnlink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileUnlink.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileUnlink
             * @function getTypeUrl
             * @memberof vigil.v1.FileUnlink
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileUnlink.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileUnlink";
            };

            return FileUnlink;
        })();

        v1.FileChmod = (function() {

            /**
             * Properties of a FileChmod.
             * @memberof vigil.v1
             * @interface IFileChmod
             * @property {string|null} [path] FileChmod path
             * @property {number|null} [mode] FileChmod mode
             * @property {number|null} [result] FileChmod result
             * @property {boolean|null} [pathTruncated] FileChmod pathTruncated
             */

            /**
             * Constructs a new FileChmod.
             * @memberof vigil.v1
             * @classdesc Represents a FileChmod.
             * @implements IFileChmod
             * @constructor
             * @param {vigil.v1.IFileChmod=} [properties] Properties to set
             */
            function FileChmod(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileChmod path.
             * @member {string} path
             * @memberof vigil.v1.FileChmod
             * @instance
             */
            FileChmod.prototype.path = "";

            /**
             * FileChmod mode.
             * @member {number} mode
             * @memberof vigil.v1.FileChmod
             * @instance
             */
            FileChmod.prototype.mode = 0;

            /**
             * FileChmod result.
             * @member {number} result
             * @memberof vigil.v1.FileChmod
             * @instance
             */
            FileChmod.prototype.result = 0;

            /**
             * FileChmod pathTruncated.
             * @member {boolean} pathTruncated
             * @memberof vigil.v1.FileChmod
             * @instance
             */
            FileChmod.prototype.pathTruncated = false;

            /**
             * Creates a new FileChmod instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {vigil.v1.IFileChmod=} [properties] Properties to set
             * @returns {vigil.v1.FileChmod} FileChmod instance
             */
            FileChmod.create = function create(properties) {
                return new FileChmod(properties);
            };

            /**
             * Encodes the specified FileChmod message. Does not implicitly {@link vigil.v1.FileChmod.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {vigil.v1.IFileChmod} message FileChmod message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileChmod.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mode);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.result);
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.pathTruncated);
                return writer;
            };

            /**
             * Encodes the specified FileChmod message, length delimited. Does not implicitly {@link vigil.v1.FileChmod.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {vigil.v1.IFileChmod} message FileChmod message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileChmod.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileChmod message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileChmod} FileChmod
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileChmod.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileChmod();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.path = reader.string();
                            break;
                        }
                    case 2: {
                            message.mode = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.result = reader.int32();
                            break;
                        }
                    case 4: {
                            message.pathTruncated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileChmod message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileChmod} FileChmod
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileChmod.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileChmod message.
             * @function verify
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileChmod.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isInteger(message.mode))
                        return "mode: integer expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    if (typeof message.pathTruncated !== "boolean")
                        return "pathTruncated: boolean expected";
                return null;
            };

            /**
             * Creates a FileChmod message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileChmod} FileChmod
             */
            FileChmod.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileChmod)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileChmod: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileChmod();
                if (object.path != null)
                    message.path = String(object.path);
                if (object.mode != null)
                    message.mode = object.mode >>> 0;
                if (object.result != null)
                    message.result = object.result | 0;
                if (object.pathTruncated != null)
                    message.pathTruncated = Boolean(object.pathTruncated);
                return message;
            };

            /**
             * Creates a plain object from a FileChmod message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {vigil.v1.FileChmod} message FileChmod
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileChmod.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.mode = 0;
                    object.result = 0;
                    object.pathTruncated = false;
                }
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    object.pathTruncated = message.pathTruncated;
                return object;
            };

            /**
             * Converts this FileChmod to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileChmod
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileChmod.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileChmod
             * @function getTypeUrl
             * @memberof vigil.v1.FileChmod
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileChmod.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileChmod";
            };

            return FileChmod;
        })();

        v1.FileChown = (function() {

            /**
             * Properties of a FileChown.
             * @memberof vigil.v1
             * @interface IFileChown
             * @property {string|null} [path] FileChown path
             * @property {number|null} [uid] FileChown uid
             * @property {number|null} [gid] FileChown gid
             * @property {number|null} [result] FileChown result
             * @property {boolean|null} [pathTruncated] FileChown pathTruncated
             */

            /**
             * Constructs a new FileChown.
             * @memberof vigil.v1
             * @classdesc Represents a FileChown.
             * @implements IFileChown
             * @constructor
             * @param {vigil.v1.IFileChown=} [properties] Properties to set
             */
            function FileChown(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileChown path.
             * @member {string} path
             * @memberof vigil.v1.FileChown
             * @instance
             */
            FileChown.prototype.path = "";

            /**
             * FileChown uid.
             * @member {number} uid
             * @memberof vigil.v1.FileChown
             * @instance
             */
            FileChown.prototype.uid = 0;

            /**
             * FileChown gid.
             * @member {number} gid
             * @memberof vigil.v1.FileChown
             * @instance
             */
            FileChown.prototype.gid = 0;

            /**
             * FileChown result.
             * @member {number} result
             * @memberof vigil.v1.FileChown
             * @instance
             */
            FileChown.prototype.result = 0;

            /**
             * FileChown pathTruncated.
             * @member {boolean} pathTruncated
             * @memberof vigil.v1.FileChown
             * @instance
             */
            FileChown.prototype.pathTruncated = false;

            /**
             * Creates a new FileChown instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileChown
             * @static
             * @param {vigil.v1.IFileChown=} [properties] Properties to set
             * @returns {vigil.v1.FileChown} FileChown instance
             */
            FileChown.create = function create(properties) {
                return new FileChown(properties);
            };

            /**
             * Encodes the specified FileChown message. Does not implicitly {@link vigil.v1.FileChown.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileChown
             * @static
             * @param {vigil.v1.IFileChown} message FileChown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileChown.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.uid);
                if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.gid);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.result);
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.pathTruncated);
                return writer;
            };

            /**
             * Encodes the specified FileChown message, length delimited. Does not implicitly {@link vigil.v1.FileChown.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.FileChown
             * @static
             * @param {vigil.v1.IFileChown} message FileChown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileChown.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FileChown message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileChown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileChown} FileChown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileChown.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.FileChown();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.path = reader.string();
                            break;
                        }
                    case 2: {
                            message.uid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.gid = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.result = reader.int32();
                            break;
                        }
                    case 5: {
                            message.pathTruncated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FileChown message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.FileChown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.FileChown} FileChown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileChown.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FileChown message.
             * @function verify
             * @memberof vigil.v1.FileChown
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileChown.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isInteger(message.uid))
                        return "uid: integer expected";
                if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                    if (!$util.isInteger(message.gid))
                        return "gid: integer expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    if (typeof message.pathTruncated !== "boolean")
                        return "pathTruncated: boolean expected";
                return null;
            };

            /**
             * Creates a FileChown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileChown
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileChown} FileChown
             */
            FileChown.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.FileChown)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.FileChown: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.FileChown();
                if (object.path != null)
                    message.path = String(object.path);
                if (object.uid != null)
                    message.uid = object.uid >>> 0;
                if (object.gid != null)
                    message.gid = object.gid >>> 0;
                if (object.result != null)
                    message.result = object.result | 0;
                if (object.pathTruncated != null)
                    message.pathTruncated = Boolean(object.pathTruncated);
                return message;
            };

            /**
             * Creates a plain object from a FileChown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileChown
             * @static
             * @param {vigil.v1.FileChown} message FileChown
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileChown.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.uid = 0;
                    object.gid = 0;
                    object.result = 0;
                    object.pathTruncated = false;
                }
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                    object.gid = message.gid;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                if (message.pathTruncated != null && Object.hasOwnProperty.call(message, "pathTruncated"))
                    object.pathTruncated = message.pathTruncated;
                return object;
            };

            /**
             * Converts this FileChown to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileChown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileChown.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileChown
             * @function getTypeUrl
             * @memberof vigil.v1.FileChown
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileChown.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.FileChown";
            };

            return FileChown;
        })();

        /**
         * AddressFamily enum.
         * @name vigil.v1.AddressFamily
         * @enum {number}
         * @property {number} ADDRESS_FAMILY_UNSPECIFIED=0 ADDRESS_FAMILY_UNSPECIFIED value
         * @property {number} ADDRESS_FAMILY_INET=1 ADDRESS_FAMILY_INET value
         * @property {number} ADDRESS_FAMILY_INET6=2 ADDRESS_FAMILY_INET6 value
         * @property {number} ADDRESS_FAMILY_UNIX=3 ADDRESS_FAMILY_UNIX value
         */
        v1.AddressFamily = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ADDRESS_FAMILY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ADDRESS_FAMILY_INET"] = 1;
            values[valuesById[2] = "ADDRESS_FAMILY_INET6"] = 2;
            values[valuesById[3] = "ADDRESS_FAMILY_UNIX"] = 3;
            return values;
        })();

        /**
         * TransportProtocol enum.
         * @name vigil.v1.TransportProtocol
         * @enum {number}
         * @property {number} TRANSPORT_PROTOCOL_UNSPECIFIED=0 TRANSPORT_PROTOCOL_UNSPECIFIED value
         * @property {number} TRANSPORT_PROTOCOL_TCP=1 TRANSPORT_PROTOCOL_TCP value
         * @property {number} TRANSPORT_PROTOCOL_UDP=2 TRANSPORT_PROTOCOL_UDP value
         * @property {number} TRANSPORT_PROTOCOL_RAW=3 TRANSPORT_PROTOCOL_RAW value
         */
        v1.TransportProtocol = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TRANSPORT_PROTOCOL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRANSPORT_PROTOCOL_TCP"] = 1;
            values[valuesById[2] = "TRANSPORT_PROTOCOL_UDP"] = 2;
            values[valuesById[3] = "TRANSPORT_PROTOCOL_RAW"] = 3;
            return values;
        })();

        v1.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @memberof vigil.v1
             * @interface IEndpoint
             * @property {string|null} [address] Endpoint address
             * @property {number|null} [port] Endpoint port
             */

            /**
             * Constructs a new Endpoint.
             * @memberof vigil.v1
             * @classdesc Represents an Endpoint.
             * @implements IEndpoint
             * @constructor
             * @param {vigil.v1.IEndpoint=} [properties] Properties to set
             */
            function Endpoint(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Endpoint address.
             * @member {string} address
             * @memberof vigil.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.address = "";

            /**
             * Endpoint port.
             * @member {number} port
             * @memberof vigil.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.port = 0;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {vigil.v1.IEndpoint=} [properties] Properties to set
             * @returns {vigil.v1.Endpoint} Endpoint instance
             */
            Endpoint.create = function create(properties) {
                return new Endpoint(properties);
            };

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link vigil.v1.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {vigil.v1.IEndpoint} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                return writer;
            };

            /**
             * Encodes the specified Endpoint message, length delimited. Does not implicitly {@link vigil.v1.Endpoint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {vigil.v1.IEndpoint} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Endpoint} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Endpoint();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.address = reader.string();
                            break;
                        }
                    case 2: {
                            message.port = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Endpoint} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Endpoint message.
             * @function verify
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Endpoint.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                return null;
            };

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Endpoint} Endpoint
             */
            Endpoint.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Endpoint)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Endpoint: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Endpoint();
                if (object.address != null)
                    message.address = String(object.address);
                if (object.port != null)
                    message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {vigil.v1.Endpoint} message Endpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Endpoint.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.address = "";
                    object.port = 0;
                }
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this Endpoint to JSON.
             * @function toJSON
             * @memberof vigil.v1.Endpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Endpoint.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Endpoint
             * @function getTypeUrl
             * @memberof vigil.v1.Endpoint
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Endpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Endpoint";
            };

            return Endpoint;
        })();

        v1.NetConnect = (function() {

            /**
             * Properties of a NetConnect.
             * @memberof vigil.v1
             * @interface INetConnect
             * @property {vigil.v1.AddressFamily|null} [family] NetConnect family
             * @property {vigil.v1.TransportProtocol|null} [protocol] NetConnect protocol
             * @property {vigil.v1.IEndpoint|null} [local] NetConnect local
             * @property {vigil.v1.IEndpoint|null} [remote] NetConnect remote
             * @property {number|null} [result] NetConnect result
             */

            /**
             * Constructs a new NetConnect.
             * @memberof vigil.v1
             * @classdesc Represents a NetConnect.
             * @implements INetConnect
             * @constructor
             * @param {vigil.v1.INetConnect=} [properties] Properties to set
             */
            function NetConnect(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NetConnect family.
             * @member {vigil.v1.AddressFamily} family
             * @memberof vigil.v1.NetConnect
             * @instance
             */
            NetConnect.prototype.family = 0;

            /**
             * NetConnect protocol.
             * @member {vigil.v1.TransportProtocol} protocol
             * @memberof vigil.v1.NetConnect
             * @instance
             */
            NetConnect.prototype.protocol = 0;

            /**
             * NetConnect local.
             * @member {vigil.v1.IEndpoint|null|undefined} local
             * @memberof vigil.v1.NetConnect
             * @instance
             */
            NetConnect.prototype.local = null;

            /**
             * NetConnect remote.
             * @member {vigil.v1.IEndpoint|null|undefined} remote
             * @memberof vigil.v1.NetConnect
             * @instance
             */
            NetConnect.prototype.remote = null;

            /**
             * NetConnect result.
             * @member {number} result
             * @memberof vigil.v1.NetConnect
             * @instance
             */
            NetConnect.prototype.result = 0;

            /**
             * Creates a new NetConnect instance using the specified properties.
             * @function create
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {vigil.v1.INetConnect=} [properties] Properties to set
             * @returns {vigil.v1.NetConnect} NetConnect instance
             */
            NetConnect.create = function create(properties) {
                return new NetConnect(properties);
            };

            /**
             * Encodes the specified NetConnect message. Does not implicitly {@link vigil.v1.NetConnect.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {vigil.v1.INetConnect} message NetConnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetConnect.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.family);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.protocol);
                if (message.local != null && Object.hasOwnProperty.call(message, "local"))
                    $root.vigil.v1.Endpoint.encode(message.local, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.remote != null && Object.hasOwnProperty.call(message, "remote"))
                    $root.vigil.v1.Endpoint.encode(message.remote, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.result);
                return writer;
            };

            /**
             * Encodes the specified NetConnect message, length delimited. Does not implicitly {@link vigil.v1.NetConnect.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {vigil.v1.INetConnect} message NetConnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetConnect.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NetConnect message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.NetConnect} NetConnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetConnect.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.NetConnect();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.family = reader.int32();
                            break;
                        }
                    case 2: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 3: {
                            message.local = $root.vigil.v1.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.remote = $root.vigil.v1.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.result = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NetConnect message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.NetConnect} NetConnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetConnect.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a NetConnect message.
             * @function verify
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetConnect.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    switch (message.family) {
                    default:
                        return "family: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    switch (message.protocol) {
                    default:
                        return "protocol: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.local != null && Object.hasOwnProperty.call(message, "local")) {
                    let error = $root.vigil.v1.Endpoint.verify(message.local, long + 1);
                    if (error)
                        return "local." + error;
                }
                if (message.remote != null && Object.hasOwnProperty.call(message, "remote")) {
                    let error = $root.vigil.v1.Endpoint.verify(message.remote, long + 1);
                    if (error)
                        return "remote." + error;
                }
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                return null;
            };

            /**
             * Creates a NetConnect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.NetConnect} NetConnect
             */
            NetConnect.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.NetConnect)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.NetConnect: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.NetConnect();
                switch (object.family) {
                default:
                    if (typeof object.family === "number") {
                        message.family = object.family;
                        break;
                    }
                    break;
                case "ADDRESS_FAMILY_UNSPECIFIED":
                case 0:
                    message.family = 0;
                    break;
                case "ADDRESS_FAMILY_INET":
                case 1:
                    message.family = 1;
                    break;
                case "ADDRESS_FAMILY_INET6":
                case 2:
                    message.family = 2;
                    break;
                case "ADDRESS_FAMILY_UNIX":
                case 3:
                    message.family = 3;
                    break;
                }
                switch (object.protocol) {
                default:
                    if (typeof object.protocol === "number") {
                        message.protocol = object.protocol;
                        break;
                    }
                    break;
                case "TRANSPORT_PROTOCOL_UNSPECIFIED":
                case 0:
                    message.protocol = 0;
                    break;
                case "TRANSPORT_PROTOCOL_TCP":
                case 1:
                    message.protocol = 1;
                    break;
                case "TRANSPORT_PROTOCOL_UDP":
                case 2:
                    message.protocol = 2;
                    break;
                case "TRANSPORT_PROTOCOL_RAW":
                case 3:
                    message.protocol = 3;
                    break;
                }
                if (object.local != null) {
                    if (!$util.isObject(object.local))
                        throw TypeError(".vigil.v1.NetConnect.local: object expected");
                    message.local = $root.vigil.v1.Endpoint.fromObject(object.local, long + 1);
                }
                if (object.remote != null) {
                    if (!$util.isObject(object.remote))
                        throw TypeError(".vigil.v1.NetConnect.remote: object expected");
                    message.remote = $root.vigil.v1.Endpoint.fromObject(object.remote, long + 1);
                }
                if (object.result != null)
                    message.result = object.result | 0;
                return message;
            };

            /**
             * Creates a plain object from a NetConnect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {vigil.v1.NetConnect} message NetConnect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetConnect.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.family = options.enums === String ? "ADDRESS_FAMILY_UNSPECIFIED" : 0;
                    object.protocol = options.enums === String ? "TRANSPORT_PROTOCOL_UNSPECIFIED" : 0;
                    object.local = null;
                    object.remote = null;
                    object.result = 0;
                }
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    object.family = options.enums === String ? $root.vigil.v1.AddressFamily[message.family] === undefined ? message.family : $root.vigil.v1.AddressFamily[message.family] : message.family;
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === String ? $root.vigil.v1.TransportProtocol[message.protocol] === undefined ? message.protocol : $root.vigil.v1.TransportProtocol[message.protocol] : message.protocol;
                if (message.local != null && Object.hasOwnProperty.call(message, "local"))
                    object.local = $root.vigil.v1.Endpoint.toObject(message.local, options, q + 1);
                if (message.remote != null && Object.hasOwnProperty.call(message, "remote"))
                    object.remote = $root.vigil.v1.Endpoint.toObject(message.remote, options, q + 1);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                return object;
            };

            /**
             * Converts this NetConnect to JSON.
             * @function toJSON
             * @memberof vigil.v1.NetConnect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetConnect.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for NetConnect
             * @function getTypeUrl
             * @memberof vigil.v1.NetConnect
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NetConnect.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.NetConnect";
            };

            return NetConnect;
        })();

        v1.NetAccept = (function() {

            /**
             * Properties of a NetAccept.
             * @memberof vigil.v1
             * @interface INetAccept
             * @property {vigil.v1.AddressFamily|null} [family] NetAccept family
             * @property {vigil.v1.TransportProtocol|null} [protocol] NetAccept protocol
             * @property {vigil.v1.IEndpoint|null} [local] NetAccept local
             * @property {vigil.v1.IEndpoint|null} [remote] NetAccept remote
             * @property {number|null} [result] NetAccept result
             */

            /**
             * Constructs a new NetAccept.
             * @memberof vigil.v1
             * @classdesc Represents a NetAccept.
             * @implements INetAccept
             * @constructor
             * @param {vigil.v1.INetAccept=} [properties] Properties to set
             */
            function NetAccept(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NetAccept family.
             * @member {vigil.v1.AddressFamily} family
             * @memberof vigil.v1.NetAccept
             * @instance
             */
            NetAccept.prototype.family = 0;

            /**
             * NetAccept protocol.
             * @member {vigil.v1.TransportProtocol} protocol
             * @memberof vigil.v1.NetAccept
             * @instance
             */
            NetAccept.prototype.protocol = 0;

            /**
             * NetAccept local.
             * @member {vigil.v1.IEndpoint|null|undefined} local
             * @memberof vigil.v1.NetAccept
             * @instance
             */
            NetAccept.prototype.local = null;

            /**
             * NetAccept remote.
             * @member {vigil.v1.IEndpoint|null|undefined} remote
             * @memberof vigil.v1.NetAccept
             * @instance
             */
            NetAccept.prototype.remote = null;

            /**
             * NetAccept result.
             * @member {number} result
             * @memberof vigil.v1.NetAccept
             * @instance
             */
            NetAccept.prototype.result = 0;

            /**
             * Creates a new NetAccept instance using the specified properties.
             * @function create
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {vigil.v1.INetAccept=} [properties] Properties to set
             * @returns {vigil.v1.NetAccept} NetAccept instance
             */
            NetAccept.create = function create(properties) {
                return new NetAccept(properties);
            };

            /**
             * Encodes the specified NetAccept message. Does not implicitly {@link vigil.v1.NetAccept.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {vigil.v1.INetAccept} message NetAccept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetAccept.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.family);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.protocol);
                if (message.local != null && Object.hasOwnProperty.call(message, "local"))
                    $root.vigil.v1.Endpoint.encode(message.local, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.remote != null && Object.hasOwnProperty.call(message, "remote"))
                    $root.vigil.v1.Endpoint.encode(message.remote, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.result);
                return writer;
            };

            /**
             * Encodes the specified NetAccept message, length delimited. Does not implicitly {@link vigil.v1.NetAccept.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {vigil.v1.INetAccept} message NetAccept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetAccept.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NetAccept message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.NetAccept} NetAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetAccept.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.NetAccept();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.family = reader.int32();
                            break;
                        }
                    case 2: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 3: {
                            message.local = $root.vigil.v1.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.remote = $root.vigil.v1.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.result = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NetAccept message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.NetAccept} NetAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetAccept.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a NetAccept message.
             * @function verify
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetAccept.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    switch (message.family) {
                    default:
                        return "family: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    switch (message.protocol) {
                    default:
                        return "protocol: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.local != null && Object.hasOwnProperty.call(message, "local")) {
                    let error = $root.vigil.v1.Endpoint.verify(message.local, long + 1);
                    if (error)
                        return "local." + error;
                }
                if (message.remote != null && Object.hasOwnProperty.call(message, "remote")) {
                    let error = $root.vigil.v1.Endpoint.verify(message.remote, long + 1);
                    if (error)
                        return "remote." + error;
                }
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                return null;
            };

            /**
             * Creates a NetAccept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.NetAccept} NetAccept
             */
            NetAccept.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.NetAccept)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.NetAccept: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.NetAccept();
                switch (object.family) {
                default:
                    if (typeof object.family === "number") {
                        message.family = object.family;
                        break;
                    }
                    break;
                case "ADDRESS_FAMILY_UNSPECIFIED":
                case 0:
                    message.family = 0;
                    break;
                case "ADDRESS_FAMILY_INET":
                case 1:
                    message.family = 1;
                    break;
                case "ADDRESS_FAMILY_INET6":
                case 2:
                    message.family = 2;
                    break;
                case "ADDRESS_FAMILY_UNIX":
                case 3:
                    message.family = 3;
                    break;
                }
                switch (object.protocol) {
                default:
                    if (typeof object.protocol === "number") {
                        message.protocol = object.protocol;
                        break;
                    }
                    break;
                case "TRANSPORT_PROTOCOL_UNSPECIFIED":
                case 0:
                    message.protocol = 0;
                    break;
                case "TRANSPORT_PROTOCOL_TCP":
                case 1:
                    message.protocol = 1;
                    break;
                case "TRANSPORT_PROTOCOL_UDP":
                case 2:
                    message.protocol = 2;
                    break;
                case "TRANSPORT_PROTOCOL_RAW":
                case 3:
                    message.protocol = 3;
                    break;
                }
                if (object.local != null) {
                    if (!$util.isObject(object.local))
                        throw TypeError(".vigil.v1.NetAccept.local: object expected");
                    message.local = $root.vigil.v1.Endpoint.fromObject(object.local, long + 1);
                }
                if (object.remote != null) {
                    if (!$util.isObject(object.remote))
                        throw TypeError(".vigil.v1.NetAccept.remote: object expected");
                    message.remote = $root.vigil.v1.Endpoint.fromObject(object.remote, long + 1);
                }
                if (object.result != null)
                    message.result = object.result | 0;
                return message;
            };

            /**
             * Creates a plain object from a NetAccept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {vigil.v1.NetAccept} message NetAccept
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetAccept.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.family = options.enums === String ? "ADDRESS_FAMILY_UNSPECIFIED" : 0;
                    object.protocol = options.enums === String ? "TRANSPORT_PROTOCOL_UNSPECIFIED" : 0;
                    object.local = null;
                    object.remote = null;
                    object.result = 0;
                }
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    object.family = options.enums === String ? $root.vigil.v1.AddressFamily[message.family] === undefined ? message.family : $root.vigil.v1.AddressFamily[message.family] : message.family;
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === String ? $root.vigil.v1.TransportProtocol[message.protocol] === undefined ? message.protocol : $root.vigil.v1.TransportProtocol[message.protocol] : message.protocol;
                if (message.local != null && Object.hasOwnProperty.call(message, "local"))
                    object.local = $root.vigil.v1.Endpoint.toObject(message.local, options, q + 1);
                if (message.remote != null && Object.hasOwnProperty.call(message, "remote"))
                    object.remote = $root.vigil.v1.Endpoint.toObject(message.remote, options, q + 1);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                return object;
            };

            /**
             * Converts this NetAccept to JSON.
             * @function toJSON
             * @memberof vigil.v1.NetAccept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetAccept.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for NetAccept
             * @function getTypeUrl
             * @memberof vigil.v1.NetAccept
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NetAccept.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.NetAccept";
            };

            return NetAccept;
        })();

        v1.NetListen = (function() {

            /**
             * Properties of a NetListen.
             * @memberof vigil.v1
             * @interface INetListen
             * @property {vigil.v1.AddressFamily|null} [family] NetListen family
             * @property {vigil.v1.TransportProtocol|null} [protocol] NetListen protocol
             * @property {vigil.v1.IEndpoint|null} [local] NetListen local
             * @property {number|null} [backlog] NetListen backlog
             * @property {number|null} [result] NetListen result
             */

            /**
             * Constructs a new NetListen.
             * @memberof vigil.v1
             * @classdesc Represents a NetListen.
             * @implements INetListen
             * @constructor
             * @param {vigil.v1.INetListen=} [properties] Properties to set
             */
            function NetListen(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NetListen family.
             * @member {vigil.v1.AddressFamily} family
             * @memberof vigil.v1.NetListen
             * @instance
             */
            NetListen.prototype.family = 0;

            /**
             * NetListen protocol.
             * @member {vigil.v1.TransportProtocol} protocol
             * @memberof vigil.v1.NetListen
             * @instance
             */
            NetListen.prototype.protocol = 0;

            /**
             * NetListen local.
             * @member {vigil.v1.IEndpoint|null|undefined} local
             * @memberof vigil.v1.NetListen
             * @instance
             */
            NetListen.prototype.local = null;

            /**
             * NetListen backlog.
             * @member {number} backlog
             * @memberof vigil.v1.NetListen
             * @instance
             */
            NetListen.prototype.backlog = 0;

            /**
             * NetListen result.
             * @member {number} result
             * @memberof vigil.v1.NetListen
             * @instance
             */
            NetListen.prototype.result = 0;

            /**
             * Creates a new NetListen instance using the specified properties.
             * @function create
             * @memberof vigil.v1.NetListen
             * @static
             * @param {vigil.v1.INetListen=} [properties] Properties to set
             * @returns {vigil.v1.NetListen} NetListen instance
             */
            NetListen.create = function create(properties) {
                return new NetListen(properties);
            };

            /**
             * Encodes the specified NetListen message. Does not implicitly {@link vigil.v1.NetListen.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.NetListen
             * @static
             * @param {vigil.v1.INetListen} message NetListen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetListen.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.family);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.protocol);
                if (message.local != null && Object.hasOwnProperty.call(message, "local"))
                    $root.vigil.v1.Endpoint.encode(message.local, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.backlog != null && Object.hasOwnProperty.call(message, "backlog"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.backlog);
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.result);
                return writer;
            };

            /**
             * Encodes the specified NetListen message, length delimited. Does not implicitly {@link vigil.v1.NetListen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.NetListen
             * @static
             * @param {vigil.v1.INetListen} message NetListen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetListen.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NetListen message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.NetListen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.NetListen} NetListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetListen.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.NetListen();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.family = reader.int32();
                            break;
                        }
                    case 2: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 3: {
                            message.local = $root.vigil.v1.Endpoint.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.backlog = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.result = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NetListen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.NetListen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.NetListen} NetListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetListen.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a NetListen message.
             * @function verify
             * @memberof vigil.v1.NetListen
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetListen.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    switch (message.family) {
                    default:
                        return "family: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    switch (message.protocol) {
                    default:
                        return "protocol: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.local != null && Object.hasOwnProperty.call(message, "local")) {
                    let error = $root.vigil.v1.Endpoint.verify(message.local, long + 1);
                    if (error)
                        return "local." + error;
                }
                if (message.backlog != null && Object.hasOwnProperty.call(message, "backlog"))
                    if (!$util.isInteger(message.backlog))
                        return "backlog: integer expected";
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    if (!$util.isInteger(message.result))
                        return "result: integer expected";
                return null;
            };

            /**
             * Creates a NetListen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.NetListen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.NetListen} NetListen
             */
            NetListen.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.NetListen)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.NetListen: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.NetListen();
                switch (object.family) {
                default:
                    if (typeof object.family === "number") {
                        message.family = object.family;
                        break;
                    }
                    break;
                case "ADDRESS_FAMILY_UNSPECIFIED":
                case 0:
                    message.family = 0;
                    break;
                case "ADDRESS_FAMILY_INET":
                case 1:
                    message.family = 1;
                    break;
                case "ADDRESS_FAMILY_INET6":
                case 2:
                    message.family = 2;
                    break;
                case "ADDRESS_FAMILY_UNIX":
                case 3:
                    message.family = 3;
                    break;
                }
                switch (object.protocol) {
                default:
                    if (typeof object.protocol === "number") {
                        message.protocol = object.protocol;
                        break;
                    }
                    break;
                case "TRANSPORT_PROTOCOL_UNSPECIFIED":
                case 0:
                    message.protocol = 0;
                    break;
                case "TRANSPORT_PROTOCOL_TCP":
                case 1:
                    message.protocol = 1;
                    break;
                case "TRANSPORT_PROTOCOL_UDP":
                case 2:
                    message.protocol = 2;
                    break;
                case "TRANSPORT_PROTOCOL_RAW":
                case 3:
                    message.protocol = 3;
                    break;
                }
                if (object.local != null) {
                    if (!$util.isObject(object.local))
                        throw TypeError(".vigil.v1.NetListen.local: object expected");
                    message.local = $root.vigil.v1.Endpoint.fromObject(object.local, long + 1);
                }
                if (object.backlog != null)
                    message.backlog = object.backlog >>> 0;
                if (object.result != null)
                    message.result = object.result | 0;
                return message;
            };

            /**
             * Creates a plain object from a NetListen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.NetListen
             * @static
             * @param {vigil.v1.NetListen} message NetListen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetListen.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.family = options.enums === String ? "ADDRESS_FAMILY_UNSPECIFIED" : 0;
                    object.protocol = options.enums === String ? "TRANSPORT_PROTOCOL_UNSPECIFIED" : 0;
                    object.local = null;
                    object.backlog = 0;
                    object.result = 0;
                }
                if (message.family != null && Object.hasOwnProperty.call(message, "family"))
                    object.family = options.enums === String ? $root.vigil.v1.AddressFamily[message.family] === undefined ? message.family : $root.vigil.v1.AddressFamily[message.family] : message.family;
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === String ? $root.vigil.v1.TransportProtocol[message.protocol] === undefined ? message.protocol : $root.vigil.v1.TransportProtocol[message.protocol] : message.protocol;
                if (message.local != null && Object.hasOwnProperty.call(message, "local"))
                    object.local = $root.vigil.v1.Endpoint.toObject(message.local, options, q + 1);
                if (message.backlog != null && Object.hasOwnProperty.call(message, "backlog"))
                    object.backlog = message.backlog;
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                return object;
            };

            /**
             * Converts this NetListen to JSON.
             * @function toJSON
             * @memberof vigil.v1.NetListen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetListen.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for NetListen
             * @function getTypeUrl
             * @memberof vigil.v1.NetListen
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NetListen.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.NetListen";
            };

            return NetListen;
        })();

        /**
         * ContainerState enum.
         * @name vigil.v1.ContainerState
         * @enum {number}
         * @property {number} CONTAINER_STATE_UNSPECIFIED=0 CONTAINER_STATE_UNSPECIFIED value
         * @property {number} CONTAINER_STATE_CREATED=1 CONTAINER_STATE_CREATED value
         * @property {number} CONTAINER_STATE_RUNNING=2 CONTAINER_STATE_RUNNING value
         * @property {number} CONTAINER_STATE_EXITED=3 CONTAINER_STATE_EXITED value
         * @property {number} CONTAINER_STATE_DESTROYED=4 CONTAINER_STATE_DESTROYED value
         */
        v1.ContainerState = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "CONTAINER_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONTAINER_STATE_CREATED"] = 1;
            values[valuesById[2] = "CONTAINER_STATE_RUNNING"] = 2;
            values[valuesById[3] = "CONTAINER_STATE_EXITED"] = 3;
            values[valuesById[4] = "CONTAINER_STATE_DESTROYED"] = 4;
            return values;
        })();

        v1.ContainerLifecycle = (function() {

            /**
             * Properties of a ContainerLifecycle.
             * @memberof vigil.v1
             * @interface IContainerLifecycle
             * @property {vigil.v1.ContainerState|null} [state] ContainerLifecycle state
             */

            /**
             * Constructs a new ContainerLifecycle.
             * @memberof vigil.v1
             * @classdesc Represents a ContainerLifecycle.
             * @implements IContainerLifecycle
             * @constructor
             * @param {vigil.v1.IContainerLifecycle=} [properties] Properties to set
             */
            function ContainerLifecycle(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ContainerLifecycle state.
             * @member {vigil.v1.ContainerState} state
             * @memberof vigil.v1.ContainerLifecycle
             * @instance
             */
            ContainerLifecycle.prototype.state = 0;

            /**
             * Creates a new ContainerLifecycle instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {vigil.v1.IContainerLifecycle=} [properties] Properties to set
             * @returns {vigil.v1.ContainerLifecycle} ContainerLifecycle instance
             */
            ContainerLifecycle.create = function create(properties) {
                return new ContainerLifecycle(properties);
            };

            /**
             * Encodes the specified ContainerLifecycle message. Does not implicitly {@link vigil.v1.ContainerLifecycle.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {vigil.v1.IContainerLifecycle} message ContainerLifecycle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerLifecycle.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                return writer;
            };

            /**
             * Encodes the specified ContainerLifecycle message, length delimited. Does not implicitly {@link vigil.v1.ContainerLifecycle.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {vigil.v1.IContainerLifecycle} message ContainerLifecycle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerLifecycle.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ContainerLifecycle message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ContainerLifecycle} ContainerLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerLifecycle.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ContainerLifecycle();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.state = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ContainerLifecycle message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ContainerLifecycle} ContainerLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerLifecycle.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ContainerLifecycle message.
             * @function verify
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContainerLifecycle.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    switch (message.state) {
                    default:
                        return "state: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                        break;
                    }
                return null;
            };

            /**
             * Creates a ContainerLifecycle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ContainerLifecycle} ContainerLifecycle
             */
            ContainerLifecycle.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ContainerLifecycle)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ContainerLifecycle: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ContainerLifecycle();
                switch (object.state) {
                default:
                    if (typeof object.state === "number") {
                        message.state = object.state;
                        break;
                    }
                    break;
                case "CONTAINER_STATE_UNSPECIFIED":
                case 0:
                    message.state = 0;
                    break;
                case "CONTAINER_STATE_CREATED":
                case 1:
                    message.state = 1;
                    break;
                case "CONTAINER_STATE_RUNNING":
                case 2:
                    message.state = 2;
                    break;
                case "CONTAINER_STATE_EXITED":
                case 3:
                    message.state = 3;
                    break;
                case "CONTAINER_STATE_DESTROYED":
                case 4:
                    message.state = 4;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a ContainerLifecycle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {vigil.v1.ContainerLifecycle} message ContainerLifecycle
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerLifecycle.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.state = options.enums === String ? "CONTAINER_STATE_UNSPECIFIED" : 0;
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === String ? $root.vigil.v1.ContainerState[message.state] === undefined ? message.state : $root.vigil.v1.ContainerState[message.state] : message.state;
                return object;
            };

            /**
             * Converts this ContainerLifecycle to JSON.
             * @function toJSON
             * @memberof vigil.v1.ContainerLifecycle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerLifecycle.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ContainerLifecycle
             * @function getTypeUrl
             * @memberof vigil.v1.ContainerLifecycle
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ContainerLifecycle.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ContainerLifecycle";
            };

            return ContainerLifecycle;
        })();

        /**
         * LossReason enum.
         * @name vigil.v1.LossReason
         * @enum {number}
         * @property {number} LOSS_REASON_UNSPECIFIED=0 LOSS_REASON_UNSPECIFIED value
         * @property {number} LOSS_REASON_KERNEL_OVERRUN=1 LOSS_REASON_KERNEL_OVERRUN value
         * @property {number} LOSS_REASON_QUEUE_FULL=2 LOSS_REASON_QUEUE_FULL value
         * @property {number} LOSS_REASON_BACKPRESSURE=3 LOSS_REASON_BACKPRESSURE value
         * @property {number} LOSS_REASON_CPU_BUDGET=4 LOSS_REASON_CPU_BUDGET value
         * @property {number} LOSS_REASON_MEMORY_BUDGET=5 LOSS_REASON_MEMORY_BUDGET value
         * @property {number} LOSS_REASON_DECODE_ERROR=6 LOSS_REASON_DECODE_ERROR value
         * @property {number} LOSS_REASON_PUBLISH_FAILED=7 LOSS_REASON_PUBLISH_FAILED value
         */
        v1.LossReason = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "LOSS_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOSS_REASON_KERNEL_OVERRUN"] = 1;
            values[valuesById[2] = "LOSS_REASON_QUEUE_FULL"] = 2;
            values[valuesById[3] = "LOSS_REASON_BACKPRESSURE"] = 3;
            values[valuesById[4] = "LOSS_REASON_CPU_BUDGET"] = 4;
            values[valuesById[5] = "LOSS_REASON_MEMORY_BUDGET"] = 5;
            values[valuesById[6] = "LOSS_REASON_DECODE_ERROR"] = 6;
            values[valuesById[7] = "LOSS_REASON_PUBLISH_FAILED"] = 7;
            return values;
        })();

        v1.KindCount = (function() {

            /**
             * Properties of a KindCount.
             * @memberof vigil.v1
             * @interface IKindCount
             * @property {string|null} [kind] KindCount kind
             * @property {number|Long|null} [count] KindCount count
             */

            /**
             * Constructs a new KindCount.
             * @memberof vigil.v1
             * @classdesc Represents a KindCount.
             * @implements IKindCount
             * @constructor
             * @param {vigil.v1.IKindCount=} [properties] Properties to set
             */
            function KindCount(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * KindCount kind.
             * @member {string} kind
             * @memberof vigil.v1.KindCount
             * @instance
             */
            KindCount.prototype.kind = "";

            /**
             * KindCount count.
             * @member {number|Long} count
             * @memberof vigil.v1.KindCount
             * @instance
             */
            KindCount.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new KindCount instance using the specified properties.
             * @function create
             * @memberof vigil.v1.KindCount
             * @static
             * @param {vigil.v1.IKindCount=} [properties] Properties to set
             * @returns {vigil.v1.KindCount} KindCount instance
             */
            KindCount.create = function create(properties) {
                return new KindCount(properties);
            };

            /**
             * Encodes the specified KindCount message. Does not implicitly {@link vigil.v1.KindCount.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.KindCount
             * @static
             * @param {vigil.v1.IKindCount} message KindCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KindCount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                return writer;
            };

            /**
             * Encodes the specified KindCount message, length delimited. Does not implicitly {@link vigil.v1.KindCount.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.KindCount
             * @static
             * @param {vigil.v1.IKindCount} message KindCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KindCount.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a KindCount message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.KindCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.KindCount} KindCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KindCount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.KindCount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.string();
                            break;
                        }
                    case 2: {
                            message.count = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a KindCount message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.KindCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.KindCount} KindCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KindCount.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a KindCount message.
             * @function verify
             * @memberof vigil.v1.KindCount
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KindCount.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                return null;
            };

            /**
             * Creates a KindCount message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.KindCount
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.KindCount} KindCount
             */
            KindCount.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.KindCount)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.KindCount: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.KindCount();
                if (object.kind != null)
                    message.kind = String(object.kind);
                if (object.count != null)
                    if ($util.Long)
                        message.count = $util.Long.fromValue(object.count, true);
                    else if (typeof object.count === "string")
                        message.count = parseInt(object.count, 10);
                    else if (typeof object.count === "number")
                        message.count = object.count;
                    else if (typeof object.count === "object")
                        message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a KindCount message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.KindCount
             * @static
             * @param {vigil.v1.KindCount} message KindCount
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KindCount.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.count = typeof message.count === "number" ? BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === String ? String(message.count) : message.count;
                    else
                        object.count = options.longs === String ? $util.Long.prototype.toString.call(message.count) : options.longs === Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                return object;
            };

            /**
             * Converts this KindCount to JSON.
             * @function toJSON
             * @memberof vigil.v1.KindCount
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KindCount.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for KindCount
             * @function getTypeUrl
             * @memberof vigil.v1.KindCount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            KindCount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.KindCount";
            };

            return KindCount;
        })();

        v1.Lost = (function() {

            /**
             * Properties of a Lost.
             * @memberof vigil.v1
             * @interface ILost
             * @property {number|Long|null} [count] Lost count
             * @property {vigil.v1.LossReason|null} [reason] Lost reason
             * @property {string|null} [stage] Lost stage
             * @property {Array.<vigil.v1.IKindCount>|null} [kinds] Lost kinds
             * @property {number|Long|null} [sinceNs] Lost sinceNs
             * @property {number|Long|null} [untilNs] Lost untilNs
             * @property {number|Long|null} [firstSeq] Lost firstSeq
             */

            /**
             * Constructs a new Lost.
             * @memberof vigil.v1
             * @classdesc Represents a Lost.
             * @implements ILost
             * @constructor
             * @param {vigil.v1.ILost=} [properties] Properties to set
             */
            function Lost(properties) {
                this.kinds = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Lost count.
             * @member {number|Long} count
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lost reason.
             * @member {vigil.v1.LossReason} reason
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.reason = 0;

            /**
             * Lost stage.
             * @member {string} stage
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.stage = "";

            /**
             * Lost kinds.
             * @member {Array.<vigil.v1.IKindCount>} kinds
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.kinds = $util.emptyArray;

            /**
             * Lost sinceNs.
             * @member {number|Long} sinceNs
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.sinceNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lost untilNs.
             * @member {number|Long} untilNs
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.untilNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lost firstSeq.
             * @member {number|Long} firstSeq
             * @memberof vigil.v1.Lost
             * @instance
             */
            Lost.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Lost instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Lost
             * @static
             * @param {vigil.v1.ILost=} [properties] Properties to set
             * @returns {vigil.v1.Lost} Lost instance
             */
            Lost.create = function create(properties) {
                return new Lost(properties);
            };

            /**
             * Encodes the specified Lost message. Does not implicitly {@link vigil.v1.Lost.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Lost
             * @static
             * @param {vigil.v1.ILost} message Lost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lost.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.count);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stage);
                if (message.kinds != null && message.kinds.length)
                    for (let i = 0; i < message.kinds.length; ++i)
                        $root.vigil.v1.KindCount.encode(message.kinds[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sinceNs);
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.untilNs);
                if (message.firstSeq != null && Object.hasOwnProperty.call(message, "firstSeq"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.firstSeq);
                return writer;
            };

            /**
             * Encodes the specified Lost message, length delimited. Does not implicitly {@link vigil.v1.Lost.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Lost
             * @static
             * @param {vigil.v1.ILost} message Lost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lost.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Lost message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Lost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Lost} Lost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lost.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Lost();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.count = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.reason = reader.int32();
                            break;
                        }
                    case 3: {
                            message.stage = reader.string();
                            break;
                        }
                    case 4: {
                            if (!(message.kinds && message.kinds.length))
                                message.kinds = [];
                            message.kinds.push($root.vigil.v1.KindCount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            message.sinceNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.untilNs = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.firstSeq = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Lost message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Lost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Lost} Lost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lost.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Lost message.
             * @function verify
             * @memberof vigil.v1.Lost
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Lost.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    switch (message.reason) {
                    default:
                        return "reason: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    if (!$util.isString(message.stage))
                        return "stage: string expected";
                if (message.kinds != null && Object.hasOwnProperty.call(message, "kinds")) {
                    if (!Array.isArray(message.kinds))
                        return "kinds: array expected";
                    for (let i = 0; i < message.kinds.length; ++i) {
                        let error = $root.vigil.v1.KindCount.verify(message.kinds[i], long + 1);
                        if (error)
                            return "kinds." + error;
                    }
                }
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (!$util.isInteger(message.sinceNs) && !(message.sinceNs && $util.isInteger(message.sinceNs.low) && $util.isInteger(message.sinceNs.high)))
                        return "sinceNs: integer|Long expected";
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (!$util.isInteger(message.untilNs) && !(message.untilNs && $util.isInteger(message.untilNs.low) && $util.isInteger(message.untilNs.high)))
                        return "untilNs: integer|Long expected";
                if (message.firstSeq != null && Object.hasOwnProperty.call(message, "firstSeq"))
                    if (!$util.isInteger(message.firstSeq) && !(message.firstSeq && $util.isInteger(message.firstSeq.low) && $util.isInteger(message.firstSeq.high)))
                        return "firstSeq: integer|Long expected";
                return null;
            };

            /**
             * Creates a Lost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Lost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Lost} Lost
             */
            Lost.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Lost)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Lost: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Lost();
                if (object.count != null)
                    if ($util.Long)
                        message.count = $util.Long.fromValue(object.count, true);
                    else if (typeof object.count === "string")
                        message.count = parseInt(object.count, 10);
                    else if (typeof object.count === "number")
                        message.count = object.count;
                    else if (typeof object.count === "object")
                        message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                switch (object.reason) {
                default:
                    if (typeof object.reason === "number") {
                        message.reason = object.reason;
                        break;
                    }
                    break;
                case "LOSS_REASON_UNSPECIFIED":
                case 0:
                    message.reason = 0;
                    break;
                case "LOSS_REASON_KERNEL_OVERRUN":
                case 1:
                    message.reason = 1;
                    break;
                case "LOSS_REASON_QUEUE_FULL":
                case 2:
                    message.reason = 2;
                    break;
                case "LOSS_REASON_BACKPRESSURE":
                case 3:
                    message.reason = 3;
                    break;
                case "LOSS_REASON_CPU_BUDGET":
                case 4:
                    message.reason = 4;
                    break;
                case "LOSS_REASON_MEMORY_BUDGET":
                case 5:
                    message.reason = 5;
                    break;
                case "LOSS_REASON_DECODE_ERROR":
                case 6:
                    message.reason = 6;
                    break;
                case "LOSS_REASON_PUBLISH_FAILED":
                case 7:
                    message.reason = 7;
                    break;
                }
                if (object.stage != null)
                    message.stage = String(object.stage);
                if (object.kinds) {
                    if (!Array.isArray(object.kinds))
                        throw TypeError(".vigil.v1.Lost.kinds: array expected");
                    message.kinds = [];
                    for (let i = 0; i < object.kinds.length; ++i) {
                        if (!$util.isObject(object.kinds[i]))
                            throw TypeError(".vigil.v1.Lost.kinds: object expected");
                        message.kinds[i] = $root.vigil.v1.KindCount.fromObject(object.kinds[i], long + 1);
                    }
                }
                if (object.sinceNs != null)
                    if ($util.Long)
                        message.sinceNs = $util.Long.fromValue(object.sinceNs, true);
                    else if (typeof object.sinceNs === "string")
                        message.sinceNs = parseInt(object.sinceNs, 10);
                    else if (typeof object.sinceNs === "number")
                        message.sinceNs = object.sinceNs;
                    else if (typeof object.sinceNs === "object")
                        message.sinceNs = new $util.LongBits(object.sinceNs.low >>> 0, object.sinceNs.high >>> 0).toNumber(true);
                if (object.untilNs != null)
                    if ($util.Long)
                        message.untilNs = $util.Long.fromValue(object.untilNs, true);
                    else if (typeof object.untilNs === "string")
                        message.untilNs = parseInt(object.untilNs, 10);
                    else if (typeof object.untilNs === "number")
                        message.untilNs = object.untilNs;
                    else if (typeof object.untilNs === "object")
                        message.untilNs = new $util.LongBits(object.untilNs.low >>> 0, object.untilNs.high >>> 0).toNumber(true);
                if (object.firstSeq != null)
                    if ($util.Long)
                        message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                    else if (typeof object.firstSeq === "string")
                        message.firstSeq = parseInt(object.firstSeq, 10);
                    else if (typeof object.firstSeq === "number")
                        message.firstSeq = object.firstSeq;
                    else if (typeof object.firstSeq === "object")
                        message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Lost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Lost
             * @static
             * @param {vigil.v1.Lost} message Lost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Lost.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.kinds = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.reason = options.enums === String ? "LOSS_REASON_UNSPECIFIED" : 0;
                    object.stage = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.untilNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.untilNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.count = typeof message.count === "number" ? BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === String ? String(message.count) : message.count;
                    else
                        object.count = options.longs === String ? $util.Long.prototype.toString.call(message.count) : options.longs === Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === String ? $root.vigil.v1.LossReason[message.reason] === undefined ? message.reason : $root.vigil.v1.LossReason[message.reason] : message.reason;
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    object.stage = message.stage;
                if (message.kinds && message.kinds.length) {
                    object.kinds = [];
                    for (let j = 0; j < message.kinds.length; ++j)
                        object.kinds[j] = $root.vigil.v1.KindCount.toObject(message.kinds[j], options, q + 1);
                }
                if (message.sinceNs != null && Object.hasOwnProperty.call(message, "sinceNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sinceNs = typeof message.sinceNs === "number" ? BigInt(message.sinceNs) : $util.Long.fromBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceNs === "number")
                        object.sinceNs = options.longs === String ? String(message.sinceNs) : message.sinceNs;
                    else
                        object.sinceNs = options.longs === String ? $util.Long.prototype.toString.call(message.sinceNs) : options.longs === Number ? new $util.LongBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0).toNumber(true) : message.sinceNs;
                if (message.untilNs != null && Object.hasOwnProperty.call(message, "untilNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.untilNs = typeof message.untilNs === "number" ? BigInt(message.untilNs) : $util.Long.fromBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0, true).toBigInt();
                    else if (typeof message.untilNs === "number")
                        object.untilNs = options.longs === String ? String(message.untilNs) : message.untilNs;
                    else
                        object.untilNs = options.longs === String ? $util.Long.prototype.toString.call(message.untilNs) : options.longs === Number ? new $util.LongBits(message.untilNs.low >>> 0, message.untilNs.high >>> 0).toNumber(true) : message.untilNs;
                if (message.firstSeq != null && Object.hasOwnProperty.call(message, "firstSeq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.firstSeq = typeof message.firstSeq === "number" ? BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.firstSeq === "number")
                        object.firstSeq = options.longs === String ? String(message.firstSeq) : message.firstSeq;
                    else
                        object.firstSeq = options.longs === String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                return object;
            };

            /**
             * Converts this Lost to JSON.
             * @function toJSON
             * @memberof vigil.v1.Lost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Lost.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Lost
             * @function getTypeUrl
             * @memberof vigil.v1.Lost
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Lost.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Lost";
            };

            return Lost;
        })();

        v1.CollectorStatus = (function() {

            /**
             * Properties of a CollectorStatus.
             * @memberof vigil.v1
             * @interface ICollectorStatus
             * @property {string|null} [name] CollectorStatus name
             * @property {string|null} [state] CollectorStatus state
             * @property {Array.<string>|null} [blindSpots] CollectorStatus blindSpots
             * @property {number|Long|null} [events] CollectorStatus events
             */

            /**
             * Constructs a new CollectorStatus.
             * @memberof vigil.v1
             * @classdesc Represents a CollectorStatus.
             * @implements ICollectorStatus
             * @constructor
             * @param {vigil.v1.ICollectorStatus=} [properties] Properties to set
             */
            function CollectorStatus(properties) {
                this.blindSpots = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CollectorStatus name.
             * @member {string} name
             * @memberof vigil.v1.CollectorStatus
             * @instance
             */
            CollectorStatus.prototype.name = "";

            /**
             * CollectorStatus state.
             * @member {string} state
             * @memberof vigil.v1.CollectorStatus
             * @instance
             */
            CollectorStatus.prototype.state = "";

            /**
             * CollectorStatus blindSpots.
             * @member {Array.<string>} blindSpots
             * @memberof vigil.v1.CollectorStatus
             * @instance
             */
            CollectorStatus.prototype.blindSpots = $util.emptyArray;

            /**
             * CollectorStatus events.
             * @member {number|Long} events
             * @memberof vigil.v1.CollectorStatus
             * @instance
             */
            CollectorStatus.prototype.events = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CollectorStatus instance using the specified properties.
             * @function create
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {vigil.v1.ICollectorStatus=} [properties] Properties to set
             * @returns {vigil.v1.CollectorStatus} CollectorStatus instance
             */
            CollectorStatus.create = function create(properties) {
                return new CollectorStatus(properties);
            };

            /**
             * Encodes the specified CollectorStatus message. Does not implicitly {@link vigil.v1.CollectorStatus.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {vigil.v1.ICollectorStatus} message CollectorStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectorStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.blindSpots != null && message.blindSpots.length)
                    for (let i = 0; i < message.blindSpots.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.blindSpots[i]);
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.events);
                return writer;
            };

            /**
             * Encodes the specified CollectorStatus message, length delimited. Does not implicitly {@link vigil.v1.CollectorStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {vigil.v1.ICollectorStatus} message CollectorStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectorStatus.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CollectorStatus message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.CollectorStatus} CollectorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectorStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.CollectorStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.state = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.blindSpots && message.blindSpots.length))
                                message.blindSpots = [];
                            message.blindSpots.push(reader.string());
                            break;
                        }
                    case 4: {
                            message.events = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a CollectorStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.CollectorStatus} CollectorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectorStatus.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CollectorStatus message.
             * @function verify
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CollectorStatus.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.blindSpots != null && Object.hasOwnProperty.call(message, "blindSpots")) {
                    if (!Array.isArray(message.blindSpots))
                        return "blindSpots: array expected";
                    for (let i = 0; i < message.blindSpots.length; ++i)
                        if (!$util.isString(message.blindSpots[i]))
                            return "blindSpots: string[] expected";
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    if (!$util.isInteger(message.events) && !(message.events && $util.isInteger(message.events.low) && $util.isInteger(message.events.high)))
                        return "events: integer|Long expected";
                return null;
            };

            /**
             * Creates a CollectorStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.CollectorStatus} CollectorStatus
             */
            CollectorStatus.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.CollectorStatus)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.CollectorStatus: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.CollectorStatus();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.state != null)
                    message.state = String(object.state);
                if (object.blindSpots) {
                    if (!Array.isArray(object.blindSpots))
                        throw TypeError(".vigil.v1.CollectorStatus.blindSpots: array expected");
                    message.blindSpots = [];
                    for (let i = 0; i < object.blindSpots.length; ++i)
                        message.blindSpots[i] = String(object.blindSpots[i]);
                }
                if (object.events != null)
                    if ($util.Long)
                        message.events = $util.Long.fromValue(object.events, true);
                    else if (typeof object.events === "string")
                        message.events = parseInt(object.events, 10);
                    else if (typeof object.events === "number")
                        message.events = object.events;
                    else if (typeof object.events === "object")
                        message.events = new $util.LongBits(object.events.low >>> 0, object.events.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a CollectorStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {vigil.v1.CollectorStatus} message CollectorStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectorStatus.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blindSpots = [];
                if (options.defaults) {
                    object.name = "";
                    object.state = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.events = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.events = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.blindSpots && message.blindSpots.length) {
                    object.blindSpots = [];
                    for (let j = 0; j < message.blindSpots.length; ++j)
                        object.blindSpots[j] = message.blindSpots[j];
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.events = typeof message.events === "number" ? BigInt(message.events) : $util.Long.fromBits(message.events.low >>> 0, message.events.high >>> 0, true).toBigInt();
                    else if (typeof message.events === "number")
                        object.events = options.longs === String ? String(message.events) : message.events;
                    else
                        object.events = options.longs === String ? $util.Long.prototype.toString.call(message.events) : options.longs === Number ? new $util.LongBits(message.events.low >>> 0, message.events.high >>> 0).toNumber(true) : message.events;
                return object;
            };

            /**
             * Converts this CollectorStatus to JSON.
             * @function toJSON
             * @memberof vigil.v1.CollectorStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectorStatus.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CollectorStatus
             * @function getTypeUrl
             * @memberof vigil.v1.CollectorStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CollectorStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.CollectorStatus";
            };

            return CollectorStatus;
        })();

        v1.LossCount = (function() {

            /**
             * Properties of a LossCount.
             * @memberof vigil.v1
             * @interface ILossCount
             * @property {vigil.v1.LossReason|null} [reason] LossCount reason
             * @property {number|Long|null} [count] LossCount count
             */

            /**
             * Constructs a new LossCount.
             * @memberof vigil.v1
             * @classdesc Represents a LossCount.
             * @implements ILossCount
             * @constructor
             * @param {vigil.v1.ILossCount=} [properties] Properties to set
             */
            function LossCount(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LossCount reason.
             * @member {vigil.v1.LossReason} reason
             * @memberof vigil.v1.LossCount
             * @instance
             */
            LossCount.prototype.reason = 0;

            /**
             * LossCount count.
             * @member {number|Long} count
             * @memberof vigil.v1.LossCount
             * @instance
             */
            LossCount.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LossCount instance using the specified properties.
             * @function create
             * @memberof vigil.v1.LossCount
             * @static
             * @param {vigil.v1.ILossCount=} [properties] Properties to set
             * @returns {vigil.v1.LossCount} LossCount instance
             */
            LossCount.create = function create(properties) {
                return new LossCount(properties);
            };

            /**
             * Encodes the specified LossCount message. Does not implicitly {@link vigil.v1.LossCount.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.LossCount
             * @static
             * @param {vigil.v1.ILossCount} message LossCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LossCount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.count);
                return writer;
            };

            /**
             * Encodes the specified LossCount message, length delimited. Does not implicitly {@link vigil.v1.LossCount.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.LossCount
             * @static
             * @param {vigil.v1.ILossCount} message LossCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LossCount.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LossCount message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.LossCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.LossCount} LossCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LossCount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.LossCount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.reason = reader.int32();
                            break;
                        }
                    case 2: {
                            message.count = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LossCount message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.LossCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.LossCount} LossCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LossCount.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LossCount message.
             * @function verify
             * @memberof vigil.v1.LossCount
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LossCount.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    switch (message.reason) {
                    default:
                        return "reason: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                return null;
            };

            /**
             * Creates a LossCount message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.LossCount
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.LossCount} LossCount
             */
            LossCount.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.LossCount)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.LossCount: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.LossCount();
                switch (object.reason) {
                default:
                    if (typeof object.reason === "number") {
                        message.reason = object.reason;
                        break;
                    }
                    break;
                case "LOSS_REASON_UNSPECIFIED":
                case 0:
                    message.reason = 0;
                    break;
                case "LOSS_REASON_KERNEL_OVERRUN":
                case 1:
                    message.reason = 1;
                    break;
                case "LOSS_REASON_QUEUE_FULL":
                case 2:
                    message.reason = 2;
                    break;
                case "LOSS_REASON_BACKPRESSURE":
                case 3:
                    message.reason = 3;
                    break;
                case "LOSS_REASON_CPU_BUDGET":
                case 4:
                    message.reason = 4;
                    break;
                case "LOSS_REASON_MEMORY_BUDGET":
                case 5:
                    message.reason = 5;
                    break;
                case "LOSS_REASON_DECODE_ERROR":
                case 6:
                    message.reason = 6;
                    break;
                case "LOSS_REASON_PUBLISH_FAILED":
                case 7:
                    message.reason = 7;
                    break;
                }
                if (object.count != null)
                    if ($util.Long)
                        message.count = $util.Long.fromValue(object.count, true);
                    else if (typeof object.count === "string")
                        message.count = parseInt(object.count, 10);
                    else if (typeof object.count === "number")
                        message.count = object.count;
                    else if (typeof object.count === "object")
                        message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LossCount message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.LossCount
             * @static
             * @param {vigil.v1.LossCount} message LossCount
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LossCount.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = options.enums === String ? "LOSS_REASON_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === String ? $root.vigil.v1.LossReason[message.reason] === undefined ? message.reason : $root.vigil.v1.LossReason[message.reason] : message.reason;
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.count = typeof message.count === "number" ? BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === String ? String(message.count) : message.count;
                    else
                        object.count = options.longs === String ? $util.Long.prototype.toString.call(message.count) : options.longs === Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                return object;
            };

            /**
             * Converts this LossCount to JSON.
             * @function toJSON
             * @memberof vigil.v1.LossCount
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LossCount.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LossCount
             * @function getTypeUrl
             * @memberof vigil.v1.LossCount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LossCount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.LossCount";
            };

            return LossCount;
        })();

        v1.SensorStatus = (function() {

            /**
             * Properties of a SensorStatus.
             * @memberof vigil.v1
             * @interface ISensorStatus
             * @property {string|null} [version] SensorStatus version
             * @property {number|null} [uptimeSeconds] SensorStatus uptimeSeconds
             * @property {Array.<vigil.v1.ICollectorStatus>|null} [collectors] SensorStatus collectors
             * @property {number|null} [eventsPerSecond] SensorStatus eventsPerSecond
             * @property {number|Long|null} [queueDepth] SensorStatus queueDepth
             * @property {number|Long|null} [queueCapacity] SensorStatus queueCapacity
             * @property {number|null} [cpuCores] SensorStatus cpuCores
             * @property {number|Long|null} [rssBytes] SensorStatus rssBytes
             * @property {Array.<vigil.v1.ILossCount>|null} [losses] SensorStatus losses
             * @property {number|Long|null} [eventsPublished] SensorStatus eventsPublished
             * @property {Array.<vigil.v1.IKindCount>|null} [generated] SensorStatus generated
             * @property {Array.<vigil.v1.IKindCount>|null} [excluded] SensorStatus excluded
             */

            /**
             * Constructs a new SensorStatus.
             * @memberof vigil.v1
             * @classdesc Represents a SensorStatus.
             * @implements ISensorStatus
             * @constructor
             * @param {vigil.v1.ISensorStatus=} [properties] Properties to set
             */
            function SensorStatus(properties) {
                this.collectors = [];
                this.losses = [];
                this.generated = [];
                this.excluded = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SensorStatus version.
             * @member {string} version
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.version = "";

            /**
             * SensorStatus uptimeSeconds.
             * @member {number} uptimeSeconds
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.uptimeSeconds = 0;

            /**
             * SensorStatus collectors.
             * @member {Array.<vigil.v1.ICollectorStatus>} collectors
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.collectors = $util.emptyArray;

            /**
             * SensorStatus eventsPerSecond.
             * @member {number} eventsPerSecond
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.eventsPerSecond = 0;

            /**
             * SensorStatus queueDepth.
             * @member {number|Long} queueDepth
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.queueDepth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SensorStatus queueCapacity.
             * @member {number|Long} queueCapacity
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.queueCapacity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SensorStatus cpuCores.
             * @member {number} cpuCores
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.cpuCores = 0;

            /**
             * SensorStatus rssBytes.
             * @member {number|Long} rssBytes
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SensorStatus losses.
             * @member {Array.<vigil.v1.ILossCount>} losses
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.losses = $util.emptyArray;

            /**
             * SensorStatus eventsPublished.
             * @member {number|Long} eventsPublished
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.eventsPublished = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SensorStatus generated.
             * @member {Array.<vigil.v1.IKindCount>} generated
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.generated = $util.emptyArray;

            /**
             * SensorStatus excluded.
             * @member {Array.<vigil.v1.IKindCount>} excluded
             * @memberof vigil.v1.SensorStatus
             * @instance
             */
            SensorStatus.prototype.excluded = $util.emptyArray;

            /**
             * Creates a new SensorStatus instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {vigil.v1.ISensorStatus=} [properties] Properties to set
             * @returns {vigil.v1.SensorStatus} SensorStatus instance
             */
            SensorStatus.create = function create(properties) {
                return new SensorStatus(properties);
            };

            /**
             * Encodes the specified SensorStatus message. Does not implicitly {@link vigil.v1.SensorStatus.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {vigil.v1.ISensorStatus} message SensorStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.uptimeSeconds != null && Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.uptimeSeconds);
                if (message.collectors != null && message.collectors.length)
                    for (let i = 0; i < message.collectors.length; ++i)
                        $root.vigil.v1.CollectorStatus.encode(message.collectors[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.eventsPerSecond != null && Object.hasOwnProperty.call(message, "eventsPerSecond"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.eventsPerSecond);
                if (message.queueDepth != null && Object.hasOwnProperty.call(message, "queueDepth"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.queueDepth);
                if (message.queueCapacity != null && Object.hasOwnProperty.call(message, "queueCapacity"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.queueCapacity);
                if (message.cpuCores != null && Object.hasOwnProperty.call(message, "cpuCores"))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.cpuCores);
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.rssBytes);
                if (message.losses != null && message.losses.length)
                    for (let i = 0; i < message.losses.length; ++i)
                        $root.vigil.v1.LossCount.encode(message.losses[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.eventsPublished != null && Object.hasOwnProperty.call(message, "eventsPublished"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.eventsPublished);
                if (message.generated != null && message.generated.length)
                    for (let i = 0; i < message.generated.length; ++i)
                        $root.vigil.v1.KindCount.encode(message.generated[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.excluded != null && message.excluded.length)
                    for (let i = 0; i < message.excluded.length; ++i)
                        $root.vigil.v1.KindCount.encode(message.excluded[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified SensorStatus message, length delimited. Does not implicitly {@link vigil.v1.SensorStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {vigil.v1.ISensorStatus} message SensorStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorStatus.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SensorStatus message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SensorStatus} SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.SensorStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.string();
                            break;
                        }
                    case 2: {
                            message.uptimeSeconds = reader.double();
                            break;
                        }
                    case 3: {
                            if (!(message.collectors && message.collectors.length))
                                message.collectors = [];
                            message.collectors.push($root.vigil.v1.CollectorStatus.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.eventsPerSecond = reader.double();
                            break;
                        }
                    case 5: {
                            message.queueDepth = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.queueCapacity = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.cpuCores = reader.double();
                            break;
                        }
                    case 8: {
                            message.rssBytes = reader.uint64();
                            break;
                        }
                    case 9: {
                            if (!(message.losses && message.losses.length))
                                message.losses = [];
                            message.losses.push($root.vigil.v1.LossCount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.eventsPublished = reader.uint64();
                            break;
                        }
                    case 11: {
                            if (!(message.generated && message.generated.length))
                                message.generated = [];
                            message.generated.push($root.vigil.v1.KindCount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 12: {
                            if (!(message.excluded && message.excluded.length))
                                message.excluded = [];
                            message.excluded.push($root.vigil.v1.KindCount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SensorStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.SensorStatus} SensorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorStatus.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SensorStatus message.
             * @function verify
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SensorStatus.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.uptimeSeconds != null && Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    if (typeof message.uptimeSeconds !== "number")
                        return "uptimeSeconds: number expected";
                if (message.collectors != null && Object.hasOwnProperty.call(message, "collectors")) {
                    if (!Array.isArray(message.collectors))
                        return "collectors: array expected";
                    for (let i = 0; i < message.collectors.length; ++i) {
                        let error = $root.vigil.v1.CollectorStatus.verify(message.collectors[i], long + 1);
                        if (error)
                            return "collectors." + error;
                    }
                }
                if (message.eventsPerSecond != null && Object.hasOwnProperty.call(message, "eventsPerSecond"))
                    if (typeof message.eventsPerSecond !== "number")
                        return "eventsPerSecond: number expected";
                if (message.queueDepth != null && Object.hasOwnProperty.call(message, "queueDepth"))
                    if (!$util.isInteger(message.queueDepth) && !(message.queueDepth && $util.isInteger(message.queueDepth.low) && $util.isInteger(message.queueDepth.high)))
                        return "queueDepth: integer|Long expected";
                if (message.queueCapacity != null && Object.hasOwnProperty.call(message, "queueCapacity"))
                    if (!$util.isInteger(message.queueCapacity) && !(message.queueCapacity && $util.isInteger(message.queueCapacity.low) && $util.isInteger(message.queueCapacity.high)))
                        return "queueCapacity: integer|Long expected";
                if (message.cpuCores != null && Object.hasOwnProperty.call(message, "cpuCores"))
                    if (typeof message.cpuCores !== "number")
                        return "cpuCores: number expected";
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    if (!$util.isInteger(message.rssBytes) && !(message.rssBytes && $util.isInteger(message.rssBytes.low) && $util.isInteger(message.rssBytes.high)))
                        return "rssBytes: integer|Long expected";
                if (message.losses != null && Object.hasOwnProperty.call(message, "losses")) {
                    if (!Array.isArray(message.losses))
                        return "losses: array expected";
                    for (let i = 0; i < message.losses.length; ++i) {
                        let error = $root.vigil.v1.LossCount.verify(message.losses[i], long + 1);
                        if (error)
                            return "losses." + error;
                    }
                }
                if (message.eventsPublished != null && Object.hasOwnProperty.call(message, "eventsPublished"))
                    if (!$util.isInteger(message.eventsPublished) && !(message.eventsPublished && $util.isInteger(message.eventsPublished.low) && $util.isInteger(message.eventsPublished.high)))
                        return "eventsPublished: integer|Long expected";
                if (message.generated != null && Object.hasOwnProperty.call(message, "generated")) {
                    if (!Array.isArray(message.generated))
                        return "generated: array expected";
                    for (let i = 0; i < message.generated.length; ++i) {
                        let error = $root.vigil.v1.KindCount.verify(message.generated[i], long + 1);
                        if (error)
                            return "generated." + error;
                    }
                }
                if (message.excluded != null && Object.hasOwnProperty.call(message, "excluded")) {
                    if (!Array.isArray(message.excluded))
                        return "excluded: array expected";
                    for (let i = 0; i < message.excluded.length; ++i) {
                        let error = $root.vigil.v1.KindCount.verify(message.excluded[i], long + 1);
                        if (error)
                            return "excluded." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SensorStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SensorStatus} SensorStatus
             */
            SensorStatus.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.SensorStatus)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.SensorStatus: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.SensorStatus();
                if (object.version != null)
                    message.version = String(object.version);
                if (object.uptimeSeconds != null)
                    message.uptimeSeconds = Number(object.uptimeSeconds);
                if (object.collectors) {
                    if (!Array.isArray(object.collectors))
                        throw TypeError(".vigil.v1.SensorStatus.collectors: array expected");
                    message.collectors = [];
                    for (let i = 0; i < object.collectors.length; ++i) {
                        if (!$util.isObject(object.collectors[i]))
                            throw TypeError(".vigil.v1.SensorStatus.collectors: object expected");
                        message.collectors[i] = $root.vigil.v1.CollectorStatus.fromObject(object.collectors[i], long + 1);
                    }
                }
                if (object.eventsPerSecond != null)
                    message.eventsPerSecond = Number(object.eventsPerSecond);
                if (object.queueDepth != null)
                    if ($util.Long)
                        message.queueDepth = $util.Long.fromValue(object.queueDepth, true);
                    else if (typeof object.queueDepth === "string")
                        message.queueDepth = parseInt(object.queueDepth, 10);
                    else if (typeof object.queueDepth === "number")
                        message.queueDepth = object.queueDepth;
                    else if (typeof object.queueDepth === "object")
                        message.queueDepth = new $util.LongBits(object.queueDepth.low >>> 0, object.queueDepth.high >>> 0).toNumber(true);
                if (object.queueCapacity != null)
                    if ($util.Long)
                        message.queueCapacity = $util.Long.fromValue(object.queueCapacity, true);
                    else if (typeof object.queueCapacity === "string")
                        message.queueCapacity = parseInt(object.queueCapacity, 10);
                    else if (typeof object.queueCapacity === "number")
                        message.queueCapacity = object.queueCapacity;
                    else if (typeof object.queueCapacity === "object")
                        message.queueCapacity = new $util.LongBits(object.queueCapacity.low >>> 0, object.queueCapacity.high >>> 0).toNumber(true);
                if (object.cpuCores != null)
                    message.cpuCores = Number(object.cpuCores);
                if (object.rssBytes != null)
                    if ($util.Long)
                        message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                    else if (typeof object.rssBytes === "string")
                        message.rssBytes = parseInt(object.rssBytes, 10);
                    else if (typeof object.rssBytes === "number")
                        message.rssBytes = object.rssBytes;
                    else if (typeof object.rssBytes === "object")
                        message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                if (object.losses) {
                    if (!Array.isArray(object.losses))
                        throw TypeError(".vigil.v1.SensorStatus.losses: array expected");
                    message.losses = [];
                    for (let i = 0; i < object.losses.length; ++i) {
                        if (!$util.isObject(object.losses[i]))
                            throw TypeError(".vigil.v1.SensorStatus.losses: object expected");
                        message.losses[i] = $root.vigil.v1.LossCount.fromObject(object.losses[i], long + 1);
                    }
                }
                if (object.eventsPublished != null)
                    if ($util.Long)
                        message.eventsPublished = $util.Long.fromValue(object.eventsPublished, true);
                    else if (typeof object.eventsPublished === "string")
                        message.eventsPublished = parseInt(object.eventsPublished, 10);
                    else if (typeof object.eventsPublished === "number")
                        message.eventsPublished = object.eventsPublished;
                    else if (typeof object.eventsPublished === "object")
                        message.eventsPublished = new $util.LongBits(object.eventsPublished.low >>> 0, object.eventsPublished.high >>> 0).toNumber(true);
                if (object.generated) {
                    if (!Array.isArray(object.generated))
                        throw TypeError(".vigil.v1.SensorStatus.generated: array expected");
                    message.generated = [];
                    for (let i = 0; i < object.generated.length; ++i) {
                        if (!$util.isObject(object.generated[i]))
                            throw TypeError(".vigil.v1.SensorStatus.generated: object expected");
                        message.generated[i] = $root.vigil.v1.KindCount.fromObject(object.generated[i], long + 1);
                    }
                }
                if (object.excluded) {
                    if (!Array.isArray(object.excluded))
                        throw TypeError(".vigil.v1.SensorStatus.excluded: array expected");
                    message.excluded = [];
                    for (let i = 0; i < object.excluded.length; ++i) {
                        if (!$util.isObject(object.excluded[i]))
                            throw TypeError(".vigil.v1.SensorStatus.excluded: object expected");
                        message.excluded[i] = $root.vigil.v1.KindCount.fromObject(object.excluded[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SensorStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {vigil.v1.SensorStatus} message SensorStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SensorStatus.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.collectors = [];
                    object.losses = [];
                    object.generated = [];
                    object.excluded = [];
                }
                if (options.defaults) {
                    object.version = "";
                    object.uptimeSeconds = 0;
                    object.eventsPerSecond = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queueDepth = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.queueDepth = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queueCapacity = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.queueCapacity = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.cpuCores = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.eventsPublished = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.eventsPublished = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.uptimeSeconds != null && Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    object.uptimeSeconds = options.json && !isFinite(message.uptimeSeconds) ? String(message.uptimeSeconds) : message.uptimeSeconds;
                if (message.collectors && message.collectors.length) {
                    object.collectors = [];
                    for (let j = 0; j < message.collectors.length; ++j)
                        object.collectors[j] = $root.vigil.v1.CollectorStatus.toObject(message.collectors[j], options, q + 1);
                }
                if (message.eventsPerSecond != null && Object.hasOwnProperty.call(message, "eventsPerSecond"))
                    object.eventsPerSecond = options.json && !isFinite(message.eventsPerSecond) ? String(message.eventsPerSecond) : message.eventsPerSecond;
                if (message.queueDepth != null && Object.hasOwnProperty.call(message, "queueDepth"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.queueDepth = typeof message.queueDepth === "number" ? BigInt(message.queueDepth) : $util.Long.fromBits(message.queueDepth.low >>> 0, message.queueDepth.high >>> 0, true).toBigInt();
                    else if (typeof message.queueDepth === "number")
                        object.queueDepth = options.longs === String ? String(message.queueDepth) : message.queueDepth;
                    else
                        object.queueDepth = options.longs === String ? $util.Long.prototype.toString.call(message.queueDepth) : options.longs === Number ? new $util.LongBits(message.queueDepth.low >>> 0, message.queueDepth.high >>> 0).toNumber(true) : message.queueDepth;
                if (message.queueCapacity != null && Object.hasOwnProperty.call(message, "queueCapacity"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.queueCapacity = typeof message.queueCapacity === "number" ? BigInt(message.queueCapacity) : $util.Long.fromBits(message.queueCapacity.low >>> 0, message.queueCapacity.high >>> 0, true).toBigInt();
                    else if (typeof message.queueCapacity === "number")
                        object.queueCapacity = options.longs === String ? String(message.queueCapacity) : message.queueCapacity;
                    else
                        object.queueCapacity = options.longs === String ? $util.Long.prototype.toString.call(message.queueCapacity) : options.longs === Number ? new $util.LongBits(message.queueCapacity.low >>> 0, message.queueCapacity.high >>> 0).toNumber(true) : message.queueCapacity;
                if (message.cpuCores != null && Object.hasOwnProperty.call(message, "cpuCores"))
                    object.cpuCores = options.json && !isFinite(message.cpuCores) ? String(message.cpuCores) : message.cpuCores;
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === String ? String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                if (message.losses && message.losses.length) {
                    object.losses = [];
                    for (let j = 0; j < message.losses.length; ++j)
                        object.losses[j] = $root.vigil.v1.LossCount.toObject(message.losses[j], options, q + 1);
                }
                if (message.eventsPublished != null && Object.hasOwnProperty.call(message, "eventsPublished"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.eventsPublished = typeof message.eventsPublished === "number" ? BigInt(message.eventsPublished) : $util.Long.fromBits(message.eventsPublished.low >>> 0, message.eventsPublished.high >>> 0, true).toBigInt();
                    else if (typeof message.eventsPublished === "number")
                        object.eventsPublished = options.longs === String ? String(message.eventsPublished) : message.eventsPublished;
                    else
                        object.eventsPublished = options.longs === String ? $util.Long.prototype.toString.call(message.eventsPublished) : options.longs === Number ? new $util.LongBits(message.eventsPublished.low >>> 0, message.eventsPublished.high >>> 0).toNumber(true) : message.eventsPublished;
                if (message.generated && message.generated.length) {
                    object.generated = [];
                    for (let j = 0; j < message.generated.length; ++j)
                        object.generated[j] = $root.vigil.v1.KindCount.toObject(message.generated[j], options, q + 1);
                }
                if (message.excluded && message.excluded.length) {
                    object.excluded = [];
                    for (let j = 0; j < message.excluded.length; ++j)
                        object.excluded[j] = $root.vigil.v1.KindCount.toObject(message.excluded[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this SensorStatus to JSON.
             * @function toJSON
             * @memberof vigil.v1.SensorStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SensorStatus.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SensorStatus
             * @function getTypeUrl
             * @memberof vigil.v1.SensorStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SensorStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.SensorStatus";
            };

            return SensorStatus;
        })();

        /**
         * ResponseOutcome enum.
         * @name vigil.v1.ResponseOutcome
         * @enum {number}
         * @property {number} RESPONSE_OUTCOME_UNSPECIFIED=0 RESPONSE_OUTCOME_UNSPECIFIED value
         * @property {number} RESPONSE_OUTCOME_DONE=1 RESPONSE_OUTCOME_DONE value
         * @property {number} RESPONSE_OUTCOME_NOT_FOUND=2 RESPONSE_OUTCOME_NOT_FOUND value
         * @property {number} RESPONSE_OUTCOME_PID_REUSED=3 RESPONSE_OUTCOME_PID_REUSED value
         * @property {number} RESPONSE_OUTCOME_FAILED=4 RESPONSE_OUTCOME_FAILED value
         * @property {number} RESPONSE_OUTCOME_REFUSED=5 RESPONSE_OUTCOME_REFUSED value
         */
        v1.ResponseOutcome = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "RESPONSE_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESPONSE_OUTCOME_DONE"] = 1;
            values[valuesById[2] = "RESPONSE_OUTCOME_NOT_FOUND"] = 2;
            values[valuesById[3] = "RESPONSE_OUTCOME_PID_REUSED"] = 3;
            values[valuesById[4] = "RESPONSE_OUTCOME_FAILED"] = 4;
            values[valuesById[5] = "RESPONSE_OUTCOME_REFUSED"] = 5;
            return values;
        })();

        v1.ResponseResult = (function() {

            /**
             * Properties of a ResponseResult.
             * @memberof vigil.v1
             * @interface IResponseResult
             * @property {string|null} [action] ResponseResult action
             * @property {string|null} [requestId] ResponseResult requestId
             * @property {number|null} [pid] ResponseResult pid
             * @property {string|null} [processUid] ResponseResult processUid
             * @property {vigil.v1.ResponseOutcome|null} [outcome] ResponseResult outcome
             * @property {string|null} [message] ResponseResult message
             */

            /**
             * Constructs a new ResponseResult.
             * @memberof vigil.v1
             * @classdesc Represents a ResponseResult.
             * @implements IResponseResult
             * @constructor
             * @param {vigil.v1.IResponseResult=} [properties] Properties to set
             */
            function ResponseResult(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ResponseResult action.
             * @member {string} action
             * @memberof vigil.v1.ResponseResult
             * @instance
             */
            ResponseResult.prototype.action = "";

            /**
             * ResponseResult requestId.
             * @member {string} requestId
             * @memberof vigil.v1.ResponseResult
             * @instance
             */
            ResponseResult.prototype.requestId = "";

            /**
             * ResponseResult pid.
             * @member {number} pid
             * @memberof vigil.v1.ResponseResult
             * @instance
             */
            ResponseResult.prototype.pid = 0;

            /**
             * ResponseResult processUid.
             * @member {string} processUid
             * @memberof vigil.v1.ResponseResult
             * @instance
             */
            ResponseResult.prototype.processUid = "";

            /**
             * ResponseResult outcome.
             * @member {vigil.v1.ResponseOutcome} outcome
             * @memberof vigil.v1.ResponseResult
             * @instance
             */
            ResponseResult.prototype.outcome = 0;

            /**
             * ResponseResult message.
             * @member {string} message
             * @memberof vigil.v1.ResponseResult
             * @instance
             */
            ResponseResult.prototype.message = "";

            /**
             * Creates a new ResponseResult instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {vigil.v1.IResponseResult=} [properties] Properties to set
             * @returns {vigil.v1.ResponseResult} ResponseResult instance
             */
            ResponseResult.create = function create(properties) {
                return new ResponseResult(properties);
            };

            /**
             * Encodes the specified ResponseResult message. Does not implicitly {@link vigil.v1.ResponseResult.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {vigil.v1.IResponseResult} message ResponseResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.action);
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.requestId);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.processUid);
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.outcome);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.message);
                return writer;
            };

            /**
             * Encodes the specified ResponseResult message, length delimited. Does not implicitly {@link vigil.v1.ResponseResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {vigil.v1.IResponseResult} message ResponseResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseResult.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ResponseResult message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ResponseResult} ResponseResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.ResponseResult();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.action = reader.string();
                            break;
                        }
                    case 2: {
                            message.requestId = reader.string();
                            break;
                        }
                    case 3: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.processUid = reader.string();
                            break;
                        }
                    case 5: {
                            message.outcome = reader.int32();
                            break;
                        }
                    case 6: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a ResponseResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ResponseResult} ResponseResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseResult.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ResponseResult message.
             * @function verify
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResponseResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    if (!$util.isString(message.action))
                        return "action: string expected";
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    if (!$util.isString(message.processUid))
                        return "processUid: string expected";
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    switch (message.outcome) {
                    default:
                        return "outcome: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                        break;
                    }
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a ResponseResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ResponseResult} ResponseResult
             */
            ResponseResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.ResponseResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.ResponseResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.ResponseResult();
                if (object.action != null)
                    message.action = String(object.action);
                if (object.requestId != null)
                    message.requestId = String(object.requestId);
                if (object.pid != null)
                    message.pid = object.pid >>> 0;
                if (object.processUid != null)
                    message.processUid = String(object.processUid);
                switch (object.outcome) {
                default:
                    if (typeof object.outcome === "number") {
                        message.outcome = object.outcome;
                        break;
                    }
                    break;
                case "RESPONSE_OUTCOME_UNSPECIFIED":
                case 0:
                    message.outcome = 0;
                    break;
                case "RESPONSE_OUTCOME_DONE":
                case 1:
                    message.outcome = 1;
                    break;
                case "RESPONSE_OUTCOME_NOT_FOUND":
                case 2:
                    message.outcome = 2;
                    break;
                case "RESPONSE_OUTCOME_PID_REUSED":
                case 3:
                    message.outcome = 3;
                    break;
                case "RESPONSE_OUTCOME_FAILED":
                case 4:
                    message.outcome = 4;
                    break;
                case "RESPONSE_OUTCOME_REFUSED":
                case 5:
                    message.outcome = 5;
                    break;
                }
                if (object.message != null)
                    message.message = String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a ResponseResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {vigil.v1.ResponseResult} message ResponseResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.action = "";
                    object.requestId = "";
                    object.pid = 0;
                    object.processUid = "";
                    object.outcome = options.enums === String ? "RESPONSE_OUTCOME_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    object.processUid = message.processUid;
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === String ? $root.vigil.v1.ResponseOutcome[message.outcome] === undefined ? message.outcome : $root.vigil.v1.ResponseOutcome[message.outcome] : message.outcome;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this ResponseResult to JSON.
             * @function toJSON
             * @memberof vigil.v1.ResponseResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ResponseResult
             * @function getTypeUrl
             * @memberof vigil.v1.ResponseResult
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ResponseResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.ResponseResult";
            };

            return ResponseResult;
        })();

        v1.KillRequest = (function() {

            /**
             * Properties of a KillRequest.
             * @memberof vigil.v1
             * @interface IKillRequest
             * @property {string|null} [requestId] KillRequest requestId
             * @property {number|null} [pid] KillRequest pid
             * @property {number|Long|null} [startTimeNs] KillRequest startTimeNs
             * @property {string|null} [processUid] KillRequest processUid
             * @property {number|null} [signal] KillRequest signal
             * @property {string|null} [requestedBy] KillRequest requestedBy
             */

            /**
             * Constructs a new KillRequest.
             * @memberof vigil.v1
             * @classdesc Represents a KillRequest.
             * @implements IKillRequest
             * @constructor
             * @param {vigil.v1.IKillRequest=} [properties] Properties to set
             */
            function KillRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * KillRequest requestId.
             * @member {string} requestId
             * @memberof vigil.v1.KillRequest
             * @instance
             */
            KillRequest.prototype.requestId = "";

            /**
             * KillRequest pid.
             * @member {number} pid
             * @memberof vigil.v1.KillRequest
             * @instance
             */
            KillRequest.prototype.pid = 0;

            /**
             * KillRequest startTimeNs.
             * @member {number|Long} startTimeNs
             * @memberof vigil.v1.KillRequest
             * @instance
             */
            KillRequest.prototype.startTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KillRequest processUid.
             * @member {string} processUid
             * @memberof vigil.v1.KillRequest
             * @instance
             */
            KillRequest.prototype.processUid = "";

            /**
             * KillRequest signal.
             * @member {number} signal
             * @memberof vigil.v1.KillRequest
             * @instance
             */
            KillRequest.prototype.signal = 0;

            /**
             * KillRequest requestedBy.
             * @member {string} requestedBy
             * @memberof vigil.v1.KillRequest
             * @instance
             */
            KillRequest.prototype.requestedBy = "";

            /**
             * Creates a new KillRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {vigil.v1.IKillRequest=} [properties] Properties to set
             * @returns {vigil.v1.KillRequest} KillRequest instance
             */
            KillRequest.create = function create(properties) {
                return new KillRequest(properties);
            };

            /**
             * Encodes the specified KillRequest message. Does not implicitly {@link vigil.v1.KillRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {vigil.v1.IKillRequest} message KillRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KillRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                if (message.startTimeNs != null && Object.hasOwnProperty.call(message, "startTimeNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startTimeNs);
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.processUid);
                if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.signal);
                if (message.requestedBy != null && Object.hasOwnProperty.call(message, "requestedBy"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.requestedBy);
                return writer;
            };

            /**
             * Encodes the specified KillRequest message, length delimited. Does not implicitly {@link vigil.v1.KillRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {vigil.v1.IKillRequest} message KillRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KillRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a KillRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.KillRequest} KillRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KillRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.KillRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.requestId = reader.string();
                            break;
                        }
                    case 2: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.startTimeNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.processUid = reader.string();
                            break;
                        }
                    case 5: {
                            message.signal = reader.int32();
                            break;
                        }
                    case 6: {
                            message.requestedBy = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a KillRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.KillRequest} KillRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KillRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a KillRequest message.
             * @function verify
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KillRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.startTimeNs != null && Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (!$util.isInteger(message.startTimeNs) && !(message.startTimeNs && $util.isInteger(message.startTimeNs.low) && $util.isInteger(message.startTimeNs.high)))
                        return "startTimeNs: integer|Long expected";
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    if (!$util.isString(message.processUid))
                        return "processUid: string expected";
                if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isInteger(message.signal))
                        return "signal: integer expected";
                if (message.requestedBy != null && Object.hasOwnProperty.call(message, "requestedBy"))
                    if (!$util.isString(message.requestedBy))
                        return "requestedBy: string expected";
                return null;
            };

            /**
             * Creates a KillRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.KillRequest} KillRequest
             */
            KillRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.KillRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.KillRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.KillRequest();
                if (object.requestId != null)
                    message.requestId = String(object.requestId);
                if (object.pid != null)
                    message.pid = object.pid >>> 0;
                if (object.startTimeNs != null)
                    if ($util.Long)
                        message.startTimeNs = $util.Long.fromValue(object.startTimeNs, true);
                    else if (typeof object.startTimeNs === "string")
                        message.startTimeNs = parseInt(object.startTimeNs, 10);
                    else if (typeof object.startTimeNs === "number")
                        message.startTimeNs = object.startTimeNs;
                    else if (typeof object.startTimeNs === "object")
                        message.startTimeNs = new $util.LongBits(object.startTimeNs.low >>> 0, object.startTimeNs.high >>> 0).toNumber(true);
                if (object.processUid != null)
                    message.processUid = String(object.processUid);
                if (object.signal != null)
                    message.signal = object.signal | 0;
                if (object.requestedBy != null)
                    message.requestedBy = String(object.requestedBy);
                return message;
            };

            /**
             * Creates a plain object from a KillRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {vigil.v1.KillRequest} message KillRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KillRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.pid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.processUid = "";
                    object.signal = 0;
                    object.requestedBy = "";
                }
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.startTimeNs != null && Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.startTimeNs = typeof message.startTimeNs === "number" ? BigInt(message.startTimeNs) : $util.Long.fromBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeNs === "number")
                        object.startTimeNs = options.longs === String ? String(message.startTimeNs) : message.startTimeNs;
                    else
                        object.startTimeNs = options.longs === String ? $util.Long.prototype.toString.call(message.startTimeNs) : options.longs === Number ? new $util.LongBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0).toNumber(true) : message.startTimeNs;
                if (message.processUid != null && Object.hasOwnProperty.call(message, "processUid"))
                    object.processUid = message.processUid;
                if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.requestedBy != null && Object.hasOwnProperty.call(message, "requestedBy"))
                    object.requestedBy = message.requestedBy;
                return object;
            };

            /**
             * Converts this KillRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.KillRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KillRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for KillRequest
             * @function getTypeUrl
             * @memberof vigil.v1.KillRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            KillRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.KillRequest";
            };

            return KillRequest;
        })();

        /**
         * Priority enum.
         * @name vigil.v1.Priority
         * @enum {number}
         * @property {number} PRIORITY_UNSPECIFIED=0 PRIORITY_UNSPECIFIED value
         * @property {number} PRIORITY_EMERGENCY=1 PRIORITY_EMERGENCY value
         * @property {number} PRIORITY_ALERT=2 PRIORITY_ALERT value
         * @property {number} PRIORITY_CRITICAL=3 PRIORITY_CRITICAL value
         * @property {number} PRIORITY_ERROR=4 PRIORITY_ERROR value
         * @property {number} PRIORITY_WARNING=5 PRIORITY_WARNING value
         * @property {number} PRIORITY_NOTICE=6 PRIORITY_NOTICE value
         * @property {number} PRIORITY_INFORMATIONAL=7 PRIORITY_INFORMATIONAL value
         * @property {number} PRIORITY_DEBUG=8 PRIORITY_DEBUG value
         */
        v1.Priority = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "PRIORITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PRIORITY_EMERGENCY"] = 1;
            values[valuesById[2] = "PRIORITY_ALERT"] = 2;
            values[valuesById[3] = "PRIORITY_CRITICAL"] = 3;
            values[valuesById[4] = "PRIORITY_ERROR"] = 4;
            values[valuesById[5] = "PRIORITY_WARNING"] = 5;
            values[valuesById[6] = "PRIORITY_NOTICE"] = 6;
            values[valuesById[7] = "PRIORITY_INFORMATIONAL"] = 7;
            values[valuesById[8] = "PRIORITY_DEBUG"] = 8;
            return values;
        })();

        v1.Alert = (function() {

            /**
             * Properties of an Alert.
             * @memberof vigil.v1
             * @interface IAlert
             * @property {string|null} [id] Alert id
             * @property {string|null} [rule] Alert rule
             * @property {vigil.v1.Priority|null} [priority] Alert priority
             * @property {string|null} [output] Alert output
             * @property {Array.<string>|null} [tags] Alert tags
             * @property {string|null} [source] Alert source
             * @property {number|Long|null} [timeNs] Alert timeNs
             * @property {string|null} [host] Alert host
             * @property {vigil.v1.IEvent|null} [event] Alert event
             * @property {Object.<string,string>|null} [outputFields] Alert outputFields
             * @property {string|null} [detectorId] Alert detectorId
             */

            /**
             * Constructs a new Alert.
             * @memberof vigil.v1
             * @classdesc Represents an Alert.
             * @implements IAlert
             * @constructor
             * @param {vigil.v1.IAlert=} [properties] Properties to set
             */
            function Alert(properties) {
                this.tags = [];
                this.outputFields = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Alert id.
             * @member {string} id
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.id = "";

            /**
             * Alert rule.
             * @member {string} rule
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.rule = "";

            /**
             * Alert priority.
             * @member {vigil.v1.Priority} priority
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.priority = 0;

            /**
             * Alert output.
             * @member {string} output
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.output = "";

            /**
             * Alert tags.
             * @member {Array.<string>} tags
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.tags = $util.emptyArray;

            /**
             * Alert source.
             * @member {string} source
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.source = "";

            /**
             * Alert timeNs.
             * @member {number|Long} timeNs
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Alert host.
             * @member {string} host
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.host = "";

            /**
             * Alert event.
             * @member {vigil.v1.IEvent|null|undefined} event
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.event = null;

            /**
             * Alert outputFields.
             * @member {Object.<string,string>} outputFields
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.outputFields = $util.emptyObject;

            /**
             * Alert detectorId.
             * @member {string} detectorId
             * @memberof vigil.v1.Alert
             * @instance
             */
            Alert.prototype.detectorId = "";

            /**
             * Creates a new Alert instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Alert
             * @static
             * @param {vigil.v1.IAlert=} [properties] Properties to set
             * @returns {vigil.v1.Alert} Alert instance
             */
            Alert.create = function create(properties) {
                return new Alert(properties);
            };

            /**
             * Encodes the specified Alert message. Does not implicitly {@link vigil.v1.Alert.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Alert
             * @static
             * @param {vigil.v1.IAlert} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.rule != null && Object.hasOwnProperty.call(message, "rule"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.rule);
                if (message.priority != null && Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.priority);
                if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.output);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.tags[i]);
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.source);
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeNs);
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.host);
                if (message.event != null && Object.hasOwnProperty.call(message, "event"))
                    $root.vigil.v1.Event.encode(message.event, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.outputFields != null && Object.hasOwnProperty.call(message, "outputFields"))
                    for (let keys = Object.keys(message.outputFields), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.outputFields[keys[i]]).ldelim();
                if (message.detectorId != null && Object.hasOwnProperty.call(message, "detectorId"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.detectorId);
                return writer;
            };

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link vigil.v1.Alert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Alert
             * @static
             * @param {vigil.v1.IAlert} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Alert} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.vigil.v1.Alert();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.rule = reader.string();
                            break;
                        }
                    case 3: {
                            message.priority = reader.int32();
                            break;
                        }
                    case 4: {
                            message.output = reader.string();
                            break;
                        }
                    case 5: {
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.string());
                            break;
                        }
                    case 6: {
                            message.source = reader.string();
                            break;
                        }
                    case 7: {
                            message.timeNs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.host = reader.string();
                            break;
                        }
                    case 9: {
                            message.event = $root.vigil.v1.Event.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            if (message.outputFields === $util.emptyObject)
                                message.outputFields = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.outputFields, key);
                            message.outputFields[key] = value;
                            break;
                        }
                    case 11: {
                            message.detectorId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Alert} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Alert message.
             * @function verify
             * @memberof vigil.v1.Alert
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Alert.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.rule != null && Object.hasOwnProperty.call(message, "rule"))
                    if (!$util.isString(message.rule))
                        return "rule: string expected";
                if (message.priority != null && Object.hasOwnProperty.call(message, "priority"))
                    switch (message.priority) {
                    default:
                        return "priority: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                        break;
                    }
                if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                    if (!$util.isString(message.output))
                        return "output: string expected";
                if (message.tags != null && Object.hasOwnProperty.call(message, "tags")) {
                    if (!Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.event != null && Object.hasOwnProperty.call(message, "event")) {
                    let error = $root.vigil.v1.Event.verify(message.event, long + 1);
                    if (error)
                        return "event." + error;
                }
                if (message.outputFields != null && Object.hasOwnProperty.call(message, "outputFields")) {
                    if (!$util.isObject(message.outputFields))
                        return "outputFields: object expected";
                    let key = Object.keys(message.outputFields);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.outputFields[key[i]]))
                            return "outputFields: string{k:string} expected";
                }
                if (message.detectorId != null && Object.hasOwnProperty.call(message, "detectorId"))
                    if (!$util.isString(message.detectorId))
                        return "detectorId: string expected";
                return null;
            };

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Alert
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Alert} Alert
             */
            Alert.fromObject = function fromObject(object, long) {
                if (object instanceof $root.vigil.v1.Alert)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".vigil.v1.Alert: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.vigil.v1.Alert();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.rule != null)
                    message.rule = String(object.rule);
                switch (object.priority) {
                default:
                    if (typeof object.priority === "number") {
                        message.priority = object.priority;
                        break;
                    }
                    break;
                case "PRIORITY_UNSPECIFIED":
                case 0:
                    message.priority = 0;
                    break;
                case "PRIORITY_EMERGENCY":
                case 1:
                    message.priority = 1;
                    break;
                case "PRIORITY_ALERT":
                case 2:
                    message.priority = 2;
                    break;
                case "PRIORITY_CRITICAL":
                case 3:
                    message.priority = 3;
                    break;
                case "PRIORITY_ERROR":
                case 4:
                    message.priority = 4;
                    break;
                case "PRIORITY_WARNING":
                case 5:
                    message.priority = 5;
                    break;
                case "PRIORITY_NOTICE":
                case 6:
                    message.priority = 6;
                    break;
                case "PRIORITY_INFORMATIONAL":
                case 7:
                    message.priority = 7;
                    break;
                case "PRIORITY_DEBUG":
                case 8:
                    message.priority = 8;
                    break;
                }
                if (object.output != null)
                    message.output = String(object.output);
                if (object.tags) {
                    if (!Array.isArray(object.tags))
                        throw TypeError(".vigil.v1.Alert.tags: array expected");
                    message.tags = [];
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = String(object.tags[i]);
                }
                if (object.source != null)
                    message.source = String(object.source);
                if (object.timeNs != null)
                    if ($util.Long)
                        message.timeNs = $util.Long.fromValue(object.timeNs, true);
                    else if (typeof object.timeNs === "string")
                        message.timeNs = parseInt(object.timeNs, 10);
                    else if (typeof object.timeNs === "number")
                        message.timeNs = object.timeNs;
                    else if (typeof object.timeNs === "object")
                        message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.host != null)
                    message.host = String(object.host);
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw TypeError(".vigil.v1.Alert.event: object expected");
                    message.event = $root.vigil.v1.Event.fromObject(object.event, long + 1);
                }
                if (object.outputFields) {
                    if (!$util.isObject(object.outputFields))
                        throw TypeError(".vigil.v1.Alert.outputFields: object expected");
                    message.outputFields = {};
                    for (let keys = Object.keys(object.outputFields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.outputFields, keys[i]);
                        message.outputFields[keys[i]] = String(object.outputFields[keys[i]]);
                    }
                }
                if (object.detectorId != null)
                    message.detectorId = String(object.detectorId);
                return message;
            };

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Alert
             * @static
             * @param {vigil.v1.Alert} message Alert
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alert.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tags = [];
                if (options.objects || options.defaults)
                    object.outputFields = {};
                if (options.defaults) {
                    object.id = "";
                    object.rule = "";
                    object.priority = options.enums === String ? "PRIORITY_UNSPECIFIED" : 0;
                    object.output = "";
                    object.source = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.host = "";
                    object.event = null;
                    object.detectorId = "";
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.rule != null && Object.hasOwnProperty.call(message, "rule"))
                    object.rule = message.rule;
                if (message.priority != null && Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === String ? $root.vigil.v1.Priority[message.priority] === undefined ? message.priority : $root.vigil.v1.Priority[message.priority] : message.priority;
                if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                    object.output = message.output;
                if (message.tags && message.tags.length) {
                    object.tags = [];
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === String ? String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.event != null && Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.vigil.v1.Event.toObject(message.event, options, q + 1);
                let keys2;
                if (message.outputFields && (keys2 = Object.keys(message.outputFields)).length) {
                    object.outputFields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.outputFields, keys2[j]);
                        object.outputFields[keys2[j]] = message.outputFields[keys2[j]];
                    }
                }
                if (message.detectorId != null && Object.hasOwnProperty.call(message, "detectorId"))
                    object.detectorId = message.detectorId;
                return object;
            };

            /**
             * Converts this Alert to JSON.
             * @function toJSON
             * @memberof vigil.v1.Alert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alert.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Alert
             * @function getTypeUrl
             * @memberof vigil.v1.Alert
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Alert.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/vigil.v1.Alert";
            };

            return Alert;
        })();

        return v1;
    })();

    return vigil;
})();

export { $root as default };

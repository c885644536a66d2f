import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  ActionError,
  InputError,
  JSON_NUMBER,
  MAP_FORMS,
  errorMessage,
  jsonSyntaxError,
  nested,
  twice
} from "./chunks/chunk-6UFLRTDT.js";
import {
  NodeHttpHandler
} from "./chunks/chunk-LBMVSS6Z.js";
import {
  createGunzip
} from "./chunks/chunk-DL2CX4W2.js";
import {
  https_exports
} from "./chunks/chunk-XXW5MR4D.js";
import {
  http_exports
} from "./chunks/chunk-36EOMZRB.js";
import {
  EOL,
  access,
  appendFile,
  basename,
  constants,
  dirname,
  isAbsolute,
  join,
  open,
  relative,
  resolve,
  stat,
  writeFile
} from "./chunks/chunk-SQ77GGS2.js";
import {
  Readable,
  appendFileSync,
  createHash,
  createReadStream,
  existsSync,
  mkdirSync,
  randomUUID,
  readFileSync,
  writeFileSync
} from "./chunks/chunk-2MO3KX6T.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunks/chunk-5JZGMAOE.js";

// ../../node_modules/bottleneck/light.js
var require_light = __commonJS({
  "../../node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve2, reject) {
            return setTimeout(resolve2, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve2, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve2, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve2(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve2;
          resolve2 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve2 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve2, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve2, reject) => {
                if (finished()) {
                  return resolve2();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve2();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve2, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve2)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// ../../packages/shared/lib/runtime/version.js
var VERSION = "0.1.0";

// ../../packages/shared/lib/runtime/duration.js
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0)
    return "-";
  if (ms < 1e3)
    return `${Math.round(ms)}ms`;
  let seconds = Math.round(ms / 1e3);
  const parts = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60]
  ]) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`);
      seconds %= size;
    }
  }
  if (seconds > 0 || parts.length === 0)
    parts.push(`${seconds}s`);
  return parts.join(" ");
}

// ../../packages/shared/lib/core/index.js
function toCommandValue(input) {
  if (input === null || input === void 0)
    return "";
  if (typeof input === "string" || input instanceof String)
    return String(input);
  return JSON.stringify(input);
}
var escapeData = (s) => toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function issueCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  const head = Object.keys(properties).length > 0 ? `${command} ${props}` : command;
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`);
}
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: "utf8" });
}
function keyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
function getInput(name, options) {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options?.required && !value)
    throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT)
    return issueFileCommand("OUTPUT", keyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function saveState(name, value) {
  if (process.env.GITHUB_STATE)
    return issueFileCommand("STATE", keyValueMessage(name, value));
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function info(message) {
  process.stdout.write(message + EOL);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function annotation(properties) {
  if (Object.keys(properties).length === 0)
    return {};
  const { title, file, startLine: line, endLine, startColumn: col, endColumn } = properties;
  return { title, file, line, endLine, col, endColumn };
}
function error(message, properties = {}) {
  issueCommand("error", annotation(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", annotation(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
  process.exitCode = 1;
  error(message);
}
var Summary = class {
  buffer = "";
  addRaw(text, addEOL = false) {
    this.buffer += text + (addEOL ? EOL : "");
    return this;
  }
  stringify() {
    return this.buffer;
  }
  async write(options) {
    const filePath = process.env.GITHUB_STEP_SUMMARY;
    if (!filePath)
      throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
    try {
      await access(filePath, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    await (options?.overwrite ? writeFile : appendFile)(filePath, this.buffer, { encoding: "utf8" });
    this.buffer = "";
    return this;
  }
};
var summary = new Summary();

// ../../packages/shared/lib/runtime/cancellation.js
function onRunnerCancel() {
  const controller = new AbortController();
  let received;
  const handler = (name) => {
    if (received) {
      info(`Received ${name} again; still cleaning up.`);
      return;
    }
    received = name;
    warning(`Received ${name}: the job was cancelled.`);
    controller.abort(new Error(`cancelled by ${name}`));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    reason: () => received,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    }
  };
}
function isAbort(error2) {
  let inner = error2;
  for (let depth = 0; inner && typeof inner === "object" && depth < 5; depth += 1) {
    if (inner.name === "AbortError")
      return true;
    inner = inner.cause;
  }
  return false;
}

// ../../packages/shared/lib/runtime/run.js
async function runAction(steps) {
  const isPost = getState("isPost") === "true";
  try {
    if (isPost) {
      await steps.post?.();
    } else {
      saveState("isPost", "true");
      await steps.main();
    }
  } catch (error2) {
    reportFailure(error2);
  }
  process.exit(process.exitCode ?? 0);
}
function reportFailure(error2) {
  if (error2 instanceof ActionError) {
    if (error2.location) {
      error(error2.report(), { file: error2.location.file, startLine: error2.location.line, startColumn: error2.location.column });
      process.exitCode = 1;
    } else {
      setFailed(error2.report());
    }
    return;
  }
  if (error2 instanceof Error && error2.stack)
    debug(error2.stack);
  setFailed(`Unexpected error: ${errorMessage(error2)}. Re-run with step debug logging (ACTIONS_STEP_DEBUG) for the stack.`);
}

// ../../packages/shared/lib/aws/region.js
var REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function resolveRegion(inputName = "aws-region") {
  const fromInput = getInput(inputName).trim();
  const value = fromInput || process.env.AWS_REGION?.trim() || process.env.AWS_DEFAULT_REGION?.trim() || "";
  if (value === "") {
    throw new ActionError("No AWS region: the aws-region input is empty and AWS_REGION is not set.", {
      hint: `Set '${inputName}: us-east-1' (your region) on this step, or run aws-actions/configure-aws-credentials before it.`
    });
  }
  if (!REGION.test(value)) {
    if (fromInput)
      throw new InputError(inputName, `is '${value}'`, "an AWS region code like us-east-1 or eu-west-2");
    throw new ActionError(`AWS_REGION is '${value}', which is not an AWS region code like us-east-1.`);
  }
  return value;
}
function partitionOf(region) {
  if (region.startsWith("cn-"))
    return "aws-cn";
  if (region.startsWith("us-gov-"))
    return "aws-us-gov";
  if (region.startsWith("us-isob-"))
    return "aws-iso-b";
  if (region.startsWith("us-iso-"))
    return "aws-iso";
  return "aws";
}

// ../../packages/shared/lib/aws/arn.js
var ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/;
function parseArn(text) {
  const match = ARN.exec(text);
  if (!match)
    return void 0;
  const [, partition, service, region, accountId, resource] = match;
  return {
    partition,
    service,
    region,
    accountId,
    resource
  };
}
function parseRoleArn(input, value, region) {
  const arn = parseArn(value);
  const partition = region ? partitionOf(region) : "aws";
  const expected = `an IAM role ARN like arn:${partition}:iam::123456789012:role/github-mlops`;
  if (arn?.service !== "iam" || arn.region !== "" || arn.accountId === "") {
    throw new InputError(input, `is '${value}'`, expected);
  }
  if (!/^role\/([\x21-\x7e]+\/)*[\w+=,.@-]{1,64}$/.test(arn.resource)) {
    throw new InputError(input, `names '${arn.resource}', which is not a role`, expected);
  }
  if (region)
    checkArnPartition(input, arn, region, expected);
  return arn;
}
function checkArnPartition(input, arn, region, expected) {
  const partition = partitionOf(region);
  if (arn.partition !== partition) {
    throw new InputError(input, `is an ARN in partition ${arn.partition}, but region ${region} is in partition ${partition}`, expected);
  }
}

// ../../packages/shared/lib/aws/service-errors.js
var THROTTLING = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ProvisionedThroughputExceededException",
  "BandwidthLimitExceeded"
]);
var EXPIRED = /* @__PURE__ */ new Set(["ExpiredToken", "ExpiredTokenException", "RequestExpired"]);
var ACCESS_DENIED = /* @__PURE__ */ new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "NotAuthorized"]);
var BAD_CREDENTIALS = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "IncompleteSignature"
]);
var NETWORK = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET"
]);
var ANSWER_HINTS = {
  ResourceLimitExceeded: "An account quota was reached (for pipelines: concurrent executions per account and region). Let running work finish, or ask for a higher limit in Service Quotas.",
  ResourceNotFound: "Check the name or ARN and aws-region: AWS found no such resource there.",
  ConflictException: "Another change to the same resource was in progress. Re-run the step; if it keeps happening, serialise the workflows that touch it (concurrency:).",
  ValidationException: "AWS rejected a value of the request; the message names the field. Check the input it comes from.",
  // ECR
  RepositoryNotFoundException: "Check the repository name and aws-region (and the registry id for another account): ECR has no such repository there.",
  ImageNotFoundException: "No image with that tag or digest exists in the repository (yet): check the tag, or that the push finished.",
  ImageTagAlreadyExistsException: "The repository has immutable tags and the tag already names another image: push under a new tag (e.g. the commit SHA), or re-run with the same build inputs.",
  LimitExceededException: "An ECR quota was reached (e.g. one manual scan per image per 24 hours, or layer/part limits); it is not lifted by retrying now.",
  KmsException: "KMS refused the key of the repository encryption: check the key exists in this region and that the role may use it (kms:CreateGrant, kms:DescribeKey).",
  InvalidParameterException: "ECR rejected a value of the request; the message names the field. Check the input it comes from.",
  CredentialsProviderError: "No AWS credentials were found. Give role-to-assume (the job needs permissions: id-token: write), or run aws-actions/configure-aws-credentials before this step."
};
function shape(error2) {
  let inner = error2;
  while (inner instanceof ActionError && inner.cause !== void 0)
    inner = inner.cause;
  return inner ?? {};
}
function foreignAnswer(error2) {
  const e = shape(error2);
  const status = e.$metadata?.httpStatusCode;
  if (e.$fault !== void 0 || status === void 0 || e.$response === void 0)
    return void 0;
  if (e.code && NETWORK.has(e.code))
    return void 0;
  const headers = e.$response.headers ?? {};
  const header = (name) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const contentType = /^[\w.+-]+\/[\w.+-]+/.exec(header("content-type") ?? "")?.[0] ?? "no content-type";
  const errorType = /^[A-Za-z][\w.]{0,99}/.exec(header("x-amzn-errortype") ?? "")?.[0];
  return { status, contentType, ...errorType ? { errorType } : {} };
}
function errorCode(error2) {
  const foreign = foreignAnswer(error2);
  if (foreign)
    return foreign.errorType ?? `HTTP ${foreign.status} ${foreign.contentType}`;
  const e = shape(error2);
  return e.name && e.name !== "Error" ? e.name : e.code ?? e.name ?? "Error";
}
function isNotFound(error2) {
  return /^(?:ResourceNotFound(?:Exception)?|RepositoryNotFoundException|ImageNotFoundException|LifecyclePolicyNotFoundException)$/.test(errorCode(error2));
}
function isThrottling(error2) {
  const e = shape(error2);
  return THROTTLING.has(errorCode(error2)) || e.$retryable?.throttling === true || e.$metadata?.httpStatusCode === 429;
}
function isExpiredCredentials(error2) {
  return EXPIRED.has(errorCode(error2));
}
function isNetworkError(error2) {
  const e = shape(error2);
  if (e.code && NETWORK.has(e.code))
    return true;
  if (errorCode(error2) === "TimeoutError" || errorCode(error2) === "RequestTimeout")
    return true;
  return /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)\b|socket hang up|timed out|Client network socket disconnected/.test(e.message ?? "");
}
function deniedAuthorization(message) {
  const match = /not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+))?/.exec(message);
  return match ? { action: match[1], resource: match[2] ?? "the resource" } : void 0;
}
function describeAwsError(error2, call) {
  if (error2 instanceof ActionError)
    return error2;
  const code2 = errorCode(error2);
  const on = call.resource ? ` on ${call.resource}` : "";
  const foreign = foreignAnswer(error2);
  if (foreign)
    return describeForeignAnswer(error2, foreign, `${call.action}${on} failed`, call);
  const message = errorMessage(error2) || `HTTP ${shape(error2).$metadata?.httpStatusCode ?? "?"}`;
  const base = `${call.action}${on} failed: ${code2}: ${message}`;
  if (ACCESS_DENIED.has(code2)) {
    const named = deniedAuthorization(message);
    const denied = named && named.action !== call.action ? named : { action: call.action, resource: call.resource ?? "the resource" };
    return new ActionError(base, {
      cause: error2,
      hint: `The role the action runs as needs '${denied.action}' on ${denied.resource} in its IAM policy (see the action README for the minimal policy).`
    });
  }
  if (isExpiredCredentials(error2)) {
    return new ActionError(base, {
      cause: error2,
      hint: "The AWS credentials expired. Use the role-to-assume input so the action can renew them, or raise role-duration-seconds in configure-aws-credentials above the time this step needs."
    });
  }
  if (BAD_CREDENTIALS.has(code2)) {
    return new ActionError(base, {
      cause: error2,
      hint: "AWS did not accept the credentials: check that they belong to this partition and are not revoked, and that nothing rewrote AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN."
    });
  }
  if (isThrottling(error2)) {
    return new ActionError(base, { cause: error2, hint: "AWS kept throttling the call after all retries; try again later or raise max-attempts." });
  }
  const { $metadata } = shape(error2);
  if (($metadata?.httpStatusCode ?? 0) >= 500) {
    const attempts = $metadata?.attempts ? ` on all ${$metadata.attempts} attempts` : "";
    return new ActionError(base, {
      cause: error2,
      hint: `AWS answered with a server error (HTTP ${$metadata?.httpStatusCode})${attempts}. This is usually temporary: re-run the job or raise max-attempts, and check the AWS Health Dashboard for the region.`
    });
  }
  if (isNetworkError(error2)) {
    return new ActionError(`${call.action}${on} failed: could not reach AWS (${code2}: ${message})`, {
      cause: error2,
      hint: "Check the runner can reach the AWS endpoint; on self-hosted runners set HTTPS_PROXY / NO_PROXY if traffic must go through a proxy."
    });
  }
  const hint = ANSWER_HINTS[code2] ?? ANSWER_HINTS[code2.replace(/Exception$/, "")];
  return new ActionError(base, { cause: error2, ...hint ? { hint } : {} });
}
var FOREIGN_HINT = "Something other than the AWS API answered (a proxy, a captive portal, or an endpoint that is not this service): check AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY / NO_PROXY) of the runner.";
function describeForeignAnswer(error2, foreign, failed, call) {
  if (foreign.errorType) {
    const message2 = `${failed}: ${foreign.errorType} (HTTP ${foreign.status}, answered as ${foreign.contentType} instead of the service's protocol)`;
    const named = describeAwsError(Object.assign(new Error(message2), { name: foreign.errorType, $metadata: { httpStatusCode: foreign.status } }), call);
    return new ActionError(message2, { cause: error2, ...named.hint ? { hint: named.hint } : {} });
  }
  const message = `${failed}: the answer did not come from the AWS API (HTTP ${foreign.status}, ${foreign.contentType})`;
  return new ActionError(message, {
    cause: error2,
    hint: foreign.status >= 500 ? `${FOREIGN_HINT} A 5xx page like this one is often a gateway that recovers: re-run the job.` : FOREIGN_HINT
  });
}
async function awsCall(call, run) {
  try {
    return await run();
  } catch (error2) {
    if (isAbort(error2))
      throw error2;
    throw describeAwsError(error2, call);
  }
}

// ../../packages/shared/lib/aws/oidc-hints.js
function decodeJwtClaims(token) {
  const payload = token.split(".")[1];
  if (!payload)
    return {};
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return {};
  }
}
function oidcHint(sdkCode, message, claims, roleArn, durationSeconds) {
  const code2 = sdkCode.replace(/Exception$/, "");
  const aud = Array.isArray(claims.aud) ? claims.aud.join(",") : claims.aud ?? "?";
  const issuerHost = (claims.iss ?? "https://token.actions.githubusercontent.com").replace(/^https:\/\//, "");
  if (/audience/i.test(message)) {
    return `The token's audience is '${aud}', which the IAM OIDC provider for ${issuerHost} does not list as a client ID. Add '${aud}' to the provider's audiences, or set the 'audience' input to the audience registered there (usually sts.amazonaws.com).`;
  }
  if (/No OpenIDConnect provider/i.test(message)) {
    return `Create an IAM OIDC identity provider for https://${issuerHost} with audience '${aud}' in the role's account.`;
  }
  if (/DurationSeconds|MaxSessionDuration|duration/i.test(message)) {
    return `role-duration asks for ${durationSeconds}s; the role's MaxSessionDuration must be at least that (raise it on the role or lower role-duration).`;
  }
  if (code2 === "AccessDenied" || /Not authorized to perform sts:AssumeRoleWithWebIdentity/i.test(message)) {
    const sub = claims.sub ?? "?";
    return `The trust policy of ${roleArn} does not accept this token. It must allow sts:AssumeRoleWithWebIdentity for the federated principal ${issuerHost} with "${issuerHost}:aud": "${aud}" and a "${issuerHost}:sub" condition matching "${sub}" (StringLike, case-sensitive owner/repo; jobs with an environment have sub repo:OWNER/REPO:environment:NAME).`;
  }
  if (code2 === "IDPCommunicationError" || /retrieve verification key/i.test(message)) {
    return `STS could not reach GitHub's OIDC provider (${claims.iss ?? "token.actions.githubusercontent.com"}) to check the token. This passes within minutes: re-run the job, or raise max-attempts.`;
  }
  if (code2 === "InvalidIdentityToken" || code2 === "IDPRejectedClaim") {
    return `STS rejected the token (iss ${claims.iss ?? "?"}, aud ${aud}, sub ${claims.sub ?? "?"}). Check the IAM OIDC provider's URL and audiences.`;
  }
  return "Check the role ARN, its trust policy and that the IAM OIDC provider for token.actions.githubusercontent.com exists.";
}

// ../../packages/shared/lib/aws/http.js
var proxySupport;
async function loadProxySupport() {
  if (proxyConfigured() && !proxySupport)
    proxySupport = await import("./chunks/proxy-agent-7DOUXYMV.js");
}
function loadedProxySupport() {
  if (!proxySupport)
    throw new Error("the proxy agent was not loaded: await loadProxySupport() first");
  return proxySupport;
}
function proxyConfigured(env = process.env) {
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || env.ALL_PROXY || env.all_proxy);
}
function proxyAgent(secure) {
  return proxyConfigured() ? new (loadedProxySupport()).EnvironmentProxyAgent(secure) : void 0;
}
function requestHandler() {
  const timeouts = { connectionTimeout: 5e3, requestTimeout: 6e4, throwOnRequestTimeout: true };
  if (!proxyConfigured())
    return new NodeHttpHandler(timeouts);
  const { EnvironmentProxyAgent } = loadedProxySupport();
  return new NodeHttpHandler({
    ...timeouts,
    httpAgent: new EnvironmentProxyAgent(false),
    httpsAgent: new EnvironmentProxyAgent(true)
  });
}

// ../../packages/shared/lib/aws/oidc-token.js
var RETRY_STATUSES = /* @__PURE__ */ new Set([502, 503, 504]);
var MAX_RETRIES = 10;
var REQUEST_TIMEOUT_MS = 6e4;
function get(url, bearer) {
  const secure = url.protocol === "https:";
  return new Promise((resolve2, reject) => {
    const request2 = (secure ? https_exports : http_exports).request(url, {
      method: "GET",
      headers: { Accept: "application/json", Authorization: `Bearer ${bearer}`, "User-Agent": "actions/oidc-client" },
      agent: proxyAgent(secure),
      timeout: REQUEST_TIMEOUT_MS
    }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => body += chunk);
      response.on("end", () => resolve2({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request2.on("timeout", () => request2.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1e3} s`)));
    request2.on("error", reject);
    request2.end();
  });
}
function answerMessage(answer) {
  try {
    const message = JSON.parse(answer.body).message;
    if (typeof message === "string" && message)
      return message;
  } catch {
  }
  return `Failed request: (${answer.status})`;
}
async function getIDToken(audience) {
  const requestToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestToken)
    throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
  const requestUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  if (!requestUrl)
    throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
  const url = audience ? `${requestUrl}&audience=${encodeURIComponent(audience)}` : requestUrl;
  debug(`ID token url is ${url}`);
  await loadProxySupport();
  let answer = await get(new URL(url), requestToken);
  for (let retry2 = 0; RETRY_STATUSES.has(answer.status) && retry2 < MAX_RETRIES; retry2++) {
    await new Promise((resolve2) => setTimeout(resolve2, 5 * 2 ** Math.min(retry2 + 1, 10)));
    answer = await get(new URL(url), requestToken);
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new Error(`Failed to get ID Token. Error Code: ${answer.status}. Error Message: ${answerMessage(answer)}`);
  }
  let token;
  try {
    token = JSON.parse(answer.body).value;
  } catch {
    token = void 0;
  }
  if (typeof token !== "string" || !token)
    throw new Error("Response json body do not have ID Token field");
  setSecret(token);
  return token;
}

// ../../packages/shared/lib/aws/credentials.js
var RENEW_BEFORE_MS = 5 * 6e4;
function sessionNameFor(context) {
  const suffix = `-${context.runId}-${context.runAttempt}`;
  const repo = context.repository.replace("/", ".").replace(/[^\w+=,.@-]/g, "-");
  return `gha-${repo}`.slice(0, 64 - suffix.length) + suffix;
}
async function resolveCredentials(options) {
  if (!options.roleToAssume) {
    return { provider: void 0, origin: "default-chain", renew: async () => false };
  }
  const roleArn = options.roleToAssume;
  const oidcAvailable = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const haveEnvKeys = Boolean(process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY);
  if (!oidcAvailable && !haveEnvKeys) {
    throw new ActionError(`Cannot assume ${roleArn}: this job has no GitHub OIDC token and no AWS credentials.`, {
      hint: "Give the job the 'id-token: write' permission (in the workflow or the job: permissions: { id-token: write, contents: read }). Workflows triggered by pull requests from forks never get an OIDC token."
    });
  }
  const origin = oidcAvailable ? "web-identity" : "assume-role";
  const fetch = oidcAvailable ? () => assumeWithWebIdentity(options, roleArn) : () => assumeWithEnvironmentKeys(options, roleArn);
  let current = await fetch();
  const log = (fresh) => info(`Assumed ${fresh.principalArn ?? roleArn} via ${origin === "web-identity" ? "GitHub OIDC" : "sts:AssumeRole with the credentials in the environment"} (valid for ${formatDuration(fresh.identity.expiration ? fresh.identity.expiration.getTime() - Date.now() : 0)}).`);
  log(current);
  const source = {
    origin,
    provider: async () => {
      const expiresAt = current.identity.expiration?.getTime() ?? Infinity;
      if (expiresAt - Date.now() < RENEW_BEFORE_MS) {
        current = await fetch();
        log(current);
      }
      return current.identity;
    },
    async renew() {
      current = await fetch();
      log(current);
      return true;
    }
  };
  return source;
}
function toIdentity(credentials, roleArn) {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
    throw new ActionError(`STS returned no credentials for ${roleArn}.`);
  }
  setSecret(credentials.AccessKeyId);
  setSecret(credentials.SecretAccessKey);
  if (credentials.SessionToken)
    setSecret(credentials.SessionToken);
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {},
    ...credentials.Expiration ? { expiration: credentials.Expiration } : {}
  };
}
async function assumeWithWebIdentity(options, roleArn) {
  let token;
  try {
    token = await getIDToken(options.audience);
  } catch (error2) {
    throw new ActionError(`Could not get a GitHub OIDC token for audience '${options.audience}': ${errorMessage(error2)}`, {
      cause: error2,
      hint: "The job needs the 'id-token: write' permission."
    });
  }
  setSecret(token);
  const sts = await options.stsClient();
  const { AssumeRoleWithWebIdentityCommand } = await import("./chunks/dist-es-XMIJQYWJ.js");
  try {
    const answer = await sts.send(new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: options.sessionName,
      WebIdentityToken: token,
      DurationSeconds: options.durationSeconds
    }));
    return { identity: toIdentity(answer.Credentials, roleArn), principalArn: answer.AssumedRoleUser?.Arn };
  } catch (error2) {
    if (error2 instanceof ActionError)
      throw error2;
    const code2 = errorCode(error2);
    throw new ActionError(`sts:AssumeRoleWithWebIdentity for ${roleArn} failed: ${code2}: ${errorMessage(error2)}`, {
      cause: error2,
      hint: oidcHint(code2, errorMessage(error2), decodeJwtClaims(token), roleArn, options.durationSeconds)
    });
  } finally {
    sts.destroy();
  }
}
async function assumeWithEnvironmentKeys(options, roleArn) {
  const sts = await options.stsClient();
  const { AssumeRoleCommand } = await import("./chunks/dist-es-XMIJQYWJ.js");
  try {
    const answer = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: options.sessionName, DurationSeconds: options.durationSeconds }));
    return { identity: toIdentity(answer.Credentials, roleArn), principalArn: answer.AssumedRoleUser?.Arn };
  } catch (error2) {
    const code2 = errorCode(error2);
    const hint = code2 === "AccessDenied" ? `The role's trust policy must allow the current identity to call sts:AssumeRole, and that identity needs sts:AssumeRole on ${roleArn}. Role chaining caps the session at 1h.` : "Check role-to-assume and the credentials in the environment.";
    throw new ActionError(`sts:AssumeRole for ${roleArn} with the credentials in the environment failed: ${code2}: ${errorMessage(error2)}`, {
      cause: error2,
      hint
    });
  } finally {
    sts.destroy();
  }
}

// ../../packages/shared/lib/aws/session.js
var AwsSession = class _AwsSession {
  options;
  credentials;
  clients = /* @__PURE__ */ new Map();
  constructor(options, credentials) {
    this.options = options;
    this.credentials = credentials;
  }
  static async open(options) {
    await loadProxySupport();
    const base = baseConfig(options);
    const credentials = await resolveCredentials({
      ...options.roleToAssume ? { roleToAssume: options.roleToAssume } : {},
      audience: options.audience,
      sessionName: options.sessionName,
      durationSeconds: options.durationSeconds,
      // STS only when a role is assumed: a lazy chunk of the bundle, not loaded by runs with keys in the environment.
      stsClient: async (provider) => {
        const { STSClient } = await import("./chunks/dist-es-XMIJQYWJ.js");
        return new STSClient({ ...base, ...provider ? { credentials: provider } : {} });
      }
    });
    if (credentials.origin === "default-chain")
      info("Using the AWS credentials already in the environment (default provider chain).");
    return new _AwsSession(options, credentials);
  }
  get region() {
    return this.options.region;
  }
  /**
   * The client of a given class, built once per session (and again after credentials are renewed). `maxAttempts`
   * overrides the session's for a call that must not be retried blindly (one that is not idempotent); `config`
   * adds service settings (S3's forcePathStyle).
   */
  client(Client, overrides = {}) {
    const maxAttempts = overrides.maxAttempts ?? this.options.maxAttempts;
    const config = overrides.config ?? {};
    const plain = maxAttempts === this.options.maxAttempts && Object.keys(config).length === 0;
    const key = plain ? Client : `${Client.name}/${maxAttempts}/${JSON.stringify(config)}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new Client({
        ...baseConfig(this.options),
        ...config,
        maxAttempts,
        ...this.credentials.provider ? { credentials: this.credentials.provider } : {}
      });
      this.clients.set(key, client);
    }
    return client;
  }
  /**
   * Renews assumed-role credentials now (after an ExpiredToken answer). The SDK caches credentials inside each
   * client, so the clients are rebuilt too.
   */
  async renewCredentials() {
    if (!await this.credentials.renew())
      return false;
    this.closeClients();
    return true;
  }
  close() {
    this.closeClients();
  }
  closeClients() {
    for (const client of this.clients.values())
      client.destroy();
    this.clients.clear();
  }
};
function baseConfig(options) {
  return {
    region: options.region,
    maxAttempts: options.maxAttempts,
    retryMode: "standard",
    // A plain string is appended verbatim: mlops-actions/<action>/<version> (a [name, version] pair would
    // become name#version).
    customUserAgent: `mlops-actions/${options.action}/${options.version}`,
    requestHandler: requestHandler()
  };
}

// ../../packages/shared/lib/inputs/duration.js
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
function parseDuration(text) {
  const source = text.trim().toLowerCase().replace(/\s+/g, "");
  if (source === "")
    return void 0;
  let total = 0;
  let previousUnit = Infinity;
  PART.lastIndex = 0;
  while (PART.lastIndex < source.length) {
    const match = PART.exec(source);
    if (!match)
      return void 0;
    const unit = UNIT_MS[match[2]];
    if (unit >= previousUnit)
      return void 0;
    previousUnit = unit;
    total += Number(match[1]) * unit;
  }
  return Math.round(total);
}

// ../../packages/shared/lib/inputs/json-members.js
function* jsonMembers(text) {
  let i = text.indexOf("{") + 1;
  const ws = () => {
    while (i < text.length && " 	\n\r".includes(text[i]))
      i += 1;
  };
  const string = () => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"')
      i += text[i] === "\\" ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i));
  };
  const token = (pattern) => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match)
      throw new Error(`jsonMembers: not a JSON object at offset ${i}`);
    i += match[0].length;
    return match[0];
  };
  for (; ; ) {
    ws();
    if (text[i] === "}")
      return;
    if (text[i] === ",") {
      i += 1;
      ws();
    }
    const key = string();
    ws();
    i += 1;
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      yield { key, value: { nested: true } };
      return;
    }
    if (c === '"')
      yield { key, value: string() };
    else if (c === "t")
      yield { key, value: token(/true/y) };
    else if (c === "f")
      yield { key, value: token(/false/y) };
    else if (c === "n")
      yield { key, value: (token(/null/y), null) };
    else
      yield { key, value: token(JSON_NUMBER) };
  }
}

// ../../packages/shared/lib/inputs/inputs.js
function raw(name) {
  return getInput(name, { trimWhitespace: true });
}
function getString(name, options = {}) {
  const value = raw(name);
  if (value === "") {
    if (options.required)
      throw new InputError(name, "is required but empty", options.expected ?? "a value");
    return void 0;
  }
  if (options.maxLength !== void 0 && value.length > options.maxLength) {
    throw new InputError(name, `is ${value.length} characters long`, options.expected ?? `at most ${options.maxLength} characters`);
  }
  if (options.pattern && !options.pattern.test(value)) {
    throw new InputError(name, `is '${value}'`, options.expected ?? `a value matching ${options.pattern}`);
  }
  return value;
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function getBoolean(name, fallback) {
  const value = raw(name);
  if (value === "")
    return typeof fallback === "boolean" ? fallback : parseDefault(name, fallback, (text) => TRUE.has(text) ? true : FALSE.has(text) ? false : void 0);
  if (TRUE.has(value))
    return true;
  if (FALSE.has(value))
    return false;
  throw new InputError(name, `is '${value}'`, "true or false");
}
function getInteger(name, options = {}) {
  const value = raw(name);
  if (value === "")
    return void 0;
  const range = describeRange(options.min, options.max);
  if (!/^-?\d+$/.test(value))
    throw new InputError(name, `is '${value}'`, `a whole number${range}`);
  const parsed = Number(value);
  if (options.min !== void 0 && parsed < options.min || options.max !== void 0 && parsed > options.max) {
    throw new InputError(name, `is ${value}`, `a whole number${range}`);
  }
  return parsed;
}
function parseDefault(name, text, parse3) {
  const value = parse3(text);
  if (value === void 0)
    throw new Error(`The default of input '${name}' ('${text}') is not a valid value.`);
  return value;
}
function describeRange(min, max) {
  if (min !== void 0 && max !== void 0)
    return ` from ${min} to ${max}`;
  if (min !== void 0)
    return ` of at least ${min}`;
  if (max !== void 0)
    return ` of at most ${max}`;
  return "";
}
function getDuration(name, options) {
  const value = raw(name);
  if (value === "")
    return typeof options.fallback === "number" ? options.fallback : parseDefault(name, options.fallback, parseDuration);
  const expected = "a duration with a unit, like 90s, 45m, 1h30m or 2h" + (options.min !== void 0 || options.max !== void 0 ? ` (${options.min !== void 0 ? `at least ${formatDuration(options.min)}` : ""}${options.min !== void 0 && options.max !== void 0 ? ", " : ""}${options.max !== void 0 ? `at most ${formatDuration(options.max)}` : ""})` : "");
  const ms = parseDuration(value);
  if (ms === void 0) {
    const problem = /^\d+(\.\d+)?$/.test(value) ? `is '${value}', a number without a unit` : `is '${value}'`;
    throw new InputError(name, problem, expected);
  }
  if (options.min !== void 0 && ms < options.min || options.max !== void 0 && ms > options.max) {
    throw new InputError(name, `is '${value}'`, expected);
  }
  return ms;
}
function getList(name, options = {}) {
  const text = raw(name);
  const items = text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
  const expected = options.expected ?? "items, one per line or comma-separated";
  if (text !== "" && items.length === 0 && !/^\s*#/m.test(text))
    throw new InputError(name, "has no items", expected);
  if (options.unique) {
    const twice2 = items.find((item, i) => items.indexOf(item) !== i);
    if (twice2 !== void 0)
      throw new InputError(name, `names '${twice2}' twice`, `${expected}, each once`);
  }
  return items;
}
async function getMap(name) {
  const text = raw(name);
  const result = /* @__PURE__ */ new Map();
  if (text === "")
    return result;
  if (text.startsWith("{"))
    return mapFromJsonOrFlowYaml(name, text);
  if (looksLikeNameValueLines(text))
    return mapFromNameValueLines(name, text);
  return (await loadYaml()).yamlMap(name, text);
}
var loadYaml = () => import("./chunks/yaml-map-OPJRGX5V.js");
async function mapFromJsonOrFlowYaml(name, text) {
  try {
    JSON.parse(text);
  } catch {
    const flow = (await loadYaml()).flowYamlMap(name, text);
    if (flow)
      return flow;
    throw new InputError(name, `is not valid JSON (${jsonSyntaxError(text).describe})`, MAP_FORMS);
  }
  const result = /* @__PURE__ */ new Map();
  for (const { key, value } of jsonMembers(text)) {
    if (result.has(key))
      throw twice(name, key);
    if (value !== null && typeof value === "object")
      throw nested(name, key);
    result.set(key, value ?? "");
  }
  return result;
}
function looksLikeNameValueLines(text) {
  const lines = contentLines(text);
  return lines.length > 0 && lines.every((line) => /^[^\s=:{}[\]]+\s*=/.test(line));
}
function contentLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function mapFromNameValueLines(name, text) {
  const result = /* @__PURE__ */ new Map();
  for (const line of contentLines(text)) {
    const at = line.indexOf("=");
    const key = line.slice(0, at).trim();
    if (result.has(key))
      throw twice(name, key);
    result.set(key, line.slice(at + 1).trim());
  }
  return result;
}

// ../../packages/shared/lib/github/run-context.js
function runContext(env = process.env) {
  return {
    repository: env.GITHUB_REPOSITORY ?? "local/repository",
    runId: env.GITHUB_RUN_ID ?? "0",
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    job: env.GITHUB_JOB ?? "",
    stepId: env.GITHUB_ACTION ?? "",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    workflow: env.GITHUB_WORKFLOW ?? ""
  };
}
function runUrl(context) {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt}`;
}

// ../../packages/shared/lib/aws/session-inputs.js
var SESSION_INPUT_DEFAULTS = { audience: "sts.amazonaws.com", "role-duration": "1h", "max-attempts": "5" };
function readSessionInputs(action) {
  const region = resolveRegion("aws-region");
  const role = getString("role-to-assume");
  if (role)
    parseRoleArn("role-to-assume", role, region);
  const durationMs = getDuration("role-duration", { fallback: SESSION_INPUT_DEFAULTS["role-duration"], min: 9e5, max: 432e5 });
  const sessionName = getString("role-session-name", { pattern: /^[\w+=,.@-]{2,64}$/, expected: "2 to 64 characters from letters, digits and +=,.@_-" });
  if (sessionName && !role)
    throw new InputError("role-session-name", "is set without role-to-assume", "it only together with role-to-assume (the name of the session the action assumes)");
  return {
    action,
    version: VERSION,
    region,
    ...role ? { roleToAssume: role } : {},
    audience: getString("audience", { pattern: /^\S{1,256}$/, expected: "an OIDC audience such as sts.amazonaws.com" }) ?? SESSION_INPUT_DEFAULTS.audience,
    sessionName: sessionName ?? sessionNameFor(runContext()),
    durationSeconds: Math.round(durationMs / 1e3),
    maxAttempts: getInteger("max-attempts", { min: 1, max: 20 }) ?? Number(SESSION_INPUT_DEFAULTS["max-attempts"])
  };
}

// ../../packages/shared/lib/aws/cloudwatch.js
var sdkLoading;
var loadSdk = () => sdkLoading ??= import("./chunks/cloudwatch-sdk-7J656GLI.js");
var METRICS_PER_REQUEST = 1e3;
var MAX_REQUEST_BYTES = 1e6;
var MAX_DIMENSIONS = 30;
function metricBatches(data) {
  const batches = [];
  let current = [];
  let bytes = 0;
  for (const datum of data) {
    const size = JSON.stringify(datum).length * 2 + 200;
    if (current.length > 0 && (current.length >= METRICS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES / 2)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(datum);
    bytes += size;
  }
  if (current.length)
    batches.push(current);
  return batches;
}
var CloudWatchMetrics = class {
  session;
  constructor(session) {
    this.session = session;
  }
  /** Sends every datum (batched); returns the number of requests made. */
  async put(namespace, data, signal) {
    const sdk = await loadSdk();
    const client = this.session.client(sdk.CloudWatchClient);
    const batches = metricBatches(data);
    for (const batch of batches) {
      await awsCall({ action: "cloudwatch:PutMetricData", resource: `namespace ${namespace}` }, () => client.send(new sdk.PutMetricDataCommand({
        Namespace: namespace,
        MetricData: batch.map((d) => ({
          MetricName: d.name,
          Value: d.value,
          Unit: d.unit ?? "None",
          Dimensions: Object.entries(d.dimensions).slice(0, MAX_DIMENSIONS).map(([Name, Value]) => ({ Name, Value })),
          ...d.timestamp ? { Timestamp: d.timestamp } : {}
        }))
      }), signal ? { abortSignal: signal } : {}));
    }
    return batches.length;
  }
};

// ../../packages/shared/lib/aws/s3.js
var sdkLoading2;
var loadSdk2 = () => sdkLoading2 ??= import("./chunks/s3-sdk-QT25T7YF.js");
var BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
function parseS3Url(url) {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(url.trim());
  if (!match || !BUCKET.test(match[1]))
    return void 0;
  return { bucket: match[1], key: match[2] ?? "" };
}
function s3Url(location) {
  return `s3://${location.bucket}/${location.key}`;
}
function s3ObjectArn(location) {
  return `arn:aws:s3:::${location.bucket}/${location.key}`;
}
var PAGE = 1e3;
var S3Reader = class {
  session;
  forcePathStyle;
  constructor(session, forcePathStyle = Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL)) {
    this.session = session;
    this.forcePathStyle = forcePathStyle;
  }
  async sdk() {
    const sdk = await loadSdk2();
    return { client: this.session.client(sdk.S3Client, { config: { forcePathStyle: this.forcePathStyle } }), sdk };
  }
  /** Every object under a prefix, in key order, page by page (any number of objects; one page in memory). */
  async *list(prefix, options = {}) {
    let token;
    do {
      const { client, sdk } = await this.sdk();
      const page = await awsCall({ action: "s3:ListBucket", resource: `arn:aws:s3:::${prefix.bucket} (prefix ${prefix.key || "/"})` }, () => client.send(new sdk.ListObjectsV2Command({
        Bucket: prefix.bucket,
        Prefix: prefix.key,
        MaxKeys: PAGE,
        ...token ? { ContinuationToken: token } : options.startAfter ? { StartAfter: options.startAfter } : {}
      }), options.signal ? { abortSignal: options.signal } : {}));
      for (const object of page.Contents ?? []) {
        if (!object.Key)
          continue;
        yield { bucket: prefix.bucket, key: object.Key, size: object.Size ?? 0, ...object.LastModified ? { lastModified: object.LastModified } : {} };
      }
      token = page.IsTruncated ? page.NextContinuationToken : void 0;
    } while (token);
  }
  /** The "folders" directly under a prefix (ListObjectsV2 with Delimiter '/'), paged. */
  async folders(prefix, signal) {
    const found = [];
    let token;
    do {
      const { client, sdk } = await this.sdk();
      const page = await awsCall({ action: "s3:ListBucket", resource: `arn:aws:s3:::${prefix.bucket} (prefix ${prefix.key || "/"})` }, () => client.send(new sdk.ListObjectsV2Command({
        Bucket: prefix.bucket,
        Prefix: prefix.key,
        Delimiter: "/",
        MaxKeys: PAGE,
        ...token ? { ContinuationToken: token } : {}
      }), signal ? { abortSignal: signal } : {}));
      for (const p of page.CommonPrefixes ?? [])
        if (p.Prefix)
          found.push(p.Prefix);
      token = page.IsTruncated ? page.NextContinuationToken : void 0;
    } while (token);
    return found;
  }
  /** The object's body as a stream (never buffered whole); undefined when there is no such key. */
  async open(object, signal) {
    const { client, sdk } = await this.sdk();
    try {
      const answer = await awsCall({ action: "s3:GetObject", resource: s3ObjectArn(object) }, () => client.send(new sdk.GetObjectCommand({ Bucket: object.bucket, Key: object.key }), signal ? { abortSignal: signal } : {}));
      return { body: answer.Body, size: answer.ContentLength ?? 0 };
    } catch (error2) {
      if (isNotFound(error2) || /^(NoSuchKey|NotFound)$/.test(errorCode(error2)))
        return void 0;
      throw error2;
    }
  }
  /** Bytes [start, end) of an object (a ranged GetObject): random access for Parquet footers and column chunks. */
  async readRange(object, start, end, signal) {
    if (end <= start)
      return new ArrayBuffer(0);
    const { client, sdk } = await this.sdk();
    const answer = await awsCall({ action: "s3:GetObject", resource: s3ObjectArn(object) }, () => client.send(new sdk.GetObjectCommand({ Bucket: object.bucket, Key: object.key, Range: `bytes=${start}-${end - 1}` }), signal ? { abortSignal: signal } : {}));
    const bytes = await answer.Body.transformToByteArray();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  /** The whole object as text, refused above `maxBytes` (for small JSON files such as Model Monitor reports). */
  async readText(object, maxBytes, signal) {
    const opened = await this.open(object, signal);
    if (!opened)
      return void 0;
    const chunks = [];
    let length = 0;
    for await (const chunk of opened.body) {
      length += chunk.length;
      if (length > maxBytes) {
        opened.body.destroy();
        throw new Error(`${s3Url(object)} is larger than ${maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
  }
};
var HOUR_MS = 36e5;
var pad = (n) => String(n).padStart(2, "0");
function captureHourFolder(hour) {
  return `${hour.getUTCFullYear()}/${pad(hour.getUTCMonth() + 1)}/${pad(hour.getUTCDate())}/${pad(hour.getUTCHours())}/`;
}
function captureHours(windowMs, now) {
  const first = Math.floor((now.getTime() - windowMs) / HOUR_MS) * HOUR_MS;
  const hours = [];
  for (let t = first; t <= now.getTime(); t += HOUR_MS)
    hours.push(captureHourFolder(new Date(t)));
  return hours;
}
async function listDataCapture(s3, prefix, options) {
  const base = prefix.key === "" || prefix.key.endsWith("/") ? prefix.key : `${prefix.key}/`;
  const children = await s3.folders({ bucket: prefix.bucket, key: base }, options.signal);
  const isVariant = children.length > 0 && children.every((c) => /^\d{4}\/$/.test(c.slice(base.length)));
  const variants = isVariant ? [base] : children;
  const hours = captureHours(options.windowMs, options.now);
  const objects = [];
  for (const variant of variants) {
    for (const hour of hours) {
      for await (const object of s3.list({ bucket: prefix.bucket, key: `${variant}${hour}` }, options.signal ? { signal: options.signal } : {})) {
        objects.push(object);
      }
    }
  }
  return { variants: variants.map((v) => v.slice(base.length) || v), hours, objects };
}

// ../../packages/shared/lib/aws/sagemaker-monitoring.js
var sdkLoading3;
var loadSdk3 = () => sdkLoading3 ??= import("./chunks/sagemaker-sdk-FBNNSEOC.js");
var MONITORING_REPORT_STATUSES = /* @__PURE__ */ new Set(["Completed", "CompletedWithViolations"]);
var SageMakerMonitoring = class {
  session;
  constructor(session) {
    this.session = session;
  }
  async sdk() {
    const sdk = await loadSdk3();
    return { client: this.session.client(sdk.SageMakerClient), sdk };
  }
  /** The newest executions of a schedule (ScheduledTime descending), at most `max`. */
  async executions(scheduleName, max = 10, signal) {
    const { client, sdk } = await this.sdk();
    const answer = await awsCall({ action: "sagemaker:ListMonitoringExecutions", resource: `monitoring schedule ${scheduleName}` }, () => client.send(new sdk.ListMonitoringExecutionsCommand({ MonitoringScheduleName: scheduleName, SortBy: "ScheduledTime", SortOrder: "Descending", MaxResults: max }), signal ? { abortSignal: signal } : {}));
    return (answer.MonitoringExecutionSummaries ?? []).map((s) => summary2(scheduleName, s));
  }
  /**
   * The report of the newest execution that wrote one (Completed or CompletedWithViolations), with the executions
   * newer than it that did not (still running, failed): undefined report when none of the newest `max` did.
   */
  async latestReport(scheduleName, signal) {
    const executions = await this.executions(scheduleName, 10, signal);
    const skipped = [];
    for (const execution of executions) {
      if (!MONITORING_REPORT_STATUSES.has(execution.status) || !execution.processingJobArn) {
        skipped.push(execution);
        continue;
      }
      const outputUri = await this.outputUri(execution.processingJobArn, signal);
      if (!outputUri) {
        skipped.push(execution);
        continue;
      }
      return { report: { execution, outputUri }, skipped };
    }
    return { skipped };
  }
  /** ProcessingOutputConfig.Outputs[0].S3Output.S3Uri of a processing job, with a trailing '/'. */
  async outputUri(processingJobArn, signal) {
    const { client, sdk } = await this.sdk();
    const name = processingJobArn.slice(processingJobArn.lastIndexOf("/") + 1);
    const job = await awsCall({ action: "sagemaker:DescribeProcessingJob", resource: processingJobArn }, () => client.send(new sdk.DescribeProcessingJobCommand({ ProcessingJobName: name }), signal ? { abortSignal: signal } : {}));
    const uri = job.ProcessingOutputConfig?.Outputs?.[0]?.S3Output?.S3Uri;
    if (!uri)
      return void 0;
    return uri.endsWith("/") ? uri : `${uri}/`;
  }
};
function summary2(scheduleName, s) {
  return {
    scheduleName: s.MonitoringScheduleName ?? scheduleName,
    status: s.MonitoringExecutionStatus ?? "Unknown",
    ...s.ScheduledTime ? { scheduledTime: s.ScheduledTime } : {},
    ...s.ProcessingJobArn ? { processingJobArn: s.ProcessingJobArn } : {},
    ...s.FailureReason ? { failureReason: s.FailureReason } : {}
  };
}
var ViolationsFormatError = class extends Error {
};
function parseConstraintViolations(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error2) {
    throw new ViolationsFormatError(`is not JSON (${error2.message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new ViolationsFormatError("is not a JSON object");
  const list = parsed.violations;
  if (list === void 0)
    return [];
  if (!Array.isArray(list))
    throw new ViolationsFormatError("has a 'violations' member that is not an array");
  return list.map((item, i) => {
    if (!item || typeof item !== "object")
      throw new ViolationsFormatError(`has violation ${i} that is not an object`);
    const v = item;
    const featureName = typeof v.feature_name === "string" ? v.feature_name : "";
    const checkType = typeof v.constraint_check_type === "string" ? v.constraint_check_type : "";
    if (!checkType)
      throw new ViolationsFormatError(`has violation ${i} without a constraint_check_type`);
    const description = typeof v.description === "string" ? v.description : "";
    const numbers = /distance:\s*([-+0-9.eE]+).*?threshold:\s*([-+0-9.eE]+)/i.exec(description);
    const distance = numbers ? Number(numbers[1]) : Number.NaN;
    const threshold = numbers ? Number(numbers[2]) : Number.NaN;
    return {
      featureName,
      checkType,
      description,
      ...Number.isFinite(distance) ? { distance } : {},
      ...Number.isFinite(threshold) ? { threshold } : {}
    };
  });
}

// ../../node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// ../../node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// ../../node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// ../../node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// ../../node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// ../../node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION2} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// ../../node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code2 = 128; code2 <= 255; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code2 = 48; code2 <= 57; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
for (let code2 = 65; code2 <= 90; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code2 = 97; code2 <= 122; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code2 = header.charCodeAt(index);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code2 = header.charCodeAt(index);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code3 = header.charCodeAt(index);
            if (code3 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code4 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code3 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// ../../node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject2 = val !== null && typeof val === "object";
    const hasToJSON = isObject2 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// ../../node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// ../../node_modules/@octokit/request/dist-bundle/index.js
var VERSION3 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION3} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// ../../node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION4} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// ../../node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// ../../node_modules/@octokit/core/dist-src/version.js
var VERSION5 = "7.0.8";

// ../../node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION5} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION5;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// ../../node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info2) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request2, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// ../../packages/shared/lib/github/client.js
var GitHubOctokit = Octokit.plugin(paginateRest, retry, throttling);
var DEFAULT_RETRIES = 3;
var DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 120;
function createGitHubClient(options) {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const log = options.log ?? (() => {
  });
  const shouldWait = (kind, retryAfter, method, url, retryCount) => {
    if (retryCount >= retries || retryAfter > maxWait) {
      log(`GitHub ${kind} rate limit on ${method} ${url}: giving up (Retry-After ${retryAfter} s, ${retryCount} retries so far).`);
      return false;
    }
    log(`GitHub ${kind} rate limit on ${method} ${url}: waiting ${retryAfter} s as GitHub asks, then trying again.`);
    return true;
  };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com",
    userAgent: "mlops-actions",
    // Octokit's default logger writes warnings to the console; route them to the step log instead.
    log: { debug: () => {
    }, info: () => {
    }, warn: (message) => log(message), error: (message) => log(message) },
    retry: { retries, ...options.retryAfterBaseValueMs === void 0 ? {} : { retryAfterBaseValue: options.retryAfterBaseValueMs } },
    throttle: {
      onRateLimit: (retryAfter, request2, _octokit, retryCount) => shouldWait("primary", retryAfter, request2.method, request2.url, retryCount),
      onSecondaryRateLimit: (retryAfter, request2, _octokit, retryCount) => shouldWait("secondary", retryAfter, request2.method, request2.url, retryCount)
    }
  });
}

// ../../packages/shared/lib/github/issues.js
var FINGERPRINT = /^[A-Za-z0-9_-]{8,64}$/;
var issueMarker = (fingerprint2) => `<!-- mlops-actions:issue fingerprint=${fingerprint2} -->`;
var updateMarker = (fingerprint2, runKey) => `<!-- mlops-actions:update fingerprint=${fingerprint2} run=${runKey} -->`;
var UPDATE_PREFIX = (fingerprint2) => `<!-- mlops-actions:update fingerprint=${fingerprint2} `;
var MAX_BODY = 65536;
function fit(body, tail) {
  const room = MAX_BODY - tail.length - 2;
  const head = body.length > room ? `${body.slice(0, room - 40)}

\u2026 (cut at GitHub's size limit)` : body;
  return `${head}

${tail}`;
}
var IssueTracker = class {
  options;
  owner;
  repo;
  log;
  now;
  constructor(options) {
    this.options = options;
    if (!FINGERPRINT.test(options.fingerprint))
      throw new Error(`fingerprint '${options.fingerprint}' is not [A-Za-z0-9_-]{8,64}`);
    const [owner = "", repo = ""] = options.repository.split("/");
    this.owner = owner;
    this.repo = repo;
    this.log = options.log ?? (() => {
    });
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
  }
  get marker() {
    return issueMarker(this.options.fingerprint);
  }
  /**
   * The problem is there: open the issue, or comment on the one already open (once per cooldown; inside it only
   * the issue body is brought up to date), or reopen one closed within the cooldown.
   */
  async raise(report) {
    const open2 = await this.findOpen();
    if (open2)
      return this.update(open2, report, []);
    const recent = await this.recentlyClosed();
    if (recent) {
      await this.patch(recent.number, { state: "open", body: fit(report.body, this.marker) });
      this.log(`Reopened issue #${recent.number} (closed ${recent.closed_at}, within the cooldown).`);
      await this.comment(recent.number, report.comment);
      return { action: "reopened", issue: { number: recent.number, url: recent.html_url }, duplicatesClosed: [] };
    }
    const created = await this.create(report);
    const keeper = await this.keepOldest(created);
    if (keeper.number === created.number) {
      this.log(`Opened issue #${created.number}: ${created.html_url}`);
      return { action: "opened", issue: { number: created.number, url: created.html_url }, duplicatesClosed: keeper.closed };
    }
    return this.update(keeper.issue, report, keeper.closed);
  }
  /** The problem is gone: close the open issue with a comment when `close`, else leave it as it is. */
  async resolve(report) {
    const open2 = await this.findOpen();
    if (!open2)
      return { action: "none", duplicatesClosed: [] };
    const issue = { number: open2.number, url: open2.html_url };
    if (!report.close)
      return { action: "none", issue, duplicatesClosed: [] };
    await this.comment(open2.number, report.comment);
    await this.patch(open2.number, { state: "closed", state_reason: "completed" });
    this.log(`Closed issue #${open2.number}: the problem is gone.`);
    return { action: "closed", issue, duplicatesClosed: [] };
  }
  async update(issue, report, duplicatesClosed) {
    const ref = { number: issue.number, url: issue.html_url };
    const updates = await this.updateComments(issue.number);
    if (updates.some((c) => c.body.includes(updateMarker(this.options.fingerprint, this.options.runKey)))) {
      return { action: "already-commented", issue: ref, duplicatesClosed };
    }
    const last = Math.max(Date.parse(issue.created_at), ...updates.map((c) => Date.parse(c.created_at)));
    await this.patch(issue.number, { body: fit(report.body, this.marker) });
    const since = this.now().getTime() - last;
    if (since < this.options.cooldownMs) {
      this.log(`Issue #${issue.number} was updated ${Math.round(since / 1e3)} s ago, inside the cooldown: its body is up to date, no comment.`);
      return { action: "updated-quietly", issue: ref, duplicatesClosed };
    }
    await this.comment(issue.number, report.comment);
    this.log(`Commented on issue #${issue.number}: ${issue.html_url}`);
    return { action: "commented", issue: ref, duplicatesClosed };
  }
  /** The oldest open issue with the fingerprint: search first (cheap), then the list API (search lags behind). */
  async findOpen() {
    const found = await this.search("open");
    if (found.length)
      return oldest(found);
    return oldest(await this.listOpen());
  }
  async recentlyClosed() {
    if (this.options.cooldownMs <= 0)
      return void 0;
    const since = this.now().getTime() - this.options.cooldownMs;
    const closed = await this.search("closed");
    const recent = closed.filter((i) => i.closed_at && Date.parse(i.closed_at) >= since);
    return recent.sort((a, b) => Date.parse(b.closed_at ?? "") - Date.parse(a.closed_at ?? ""))[0];
  }
  async search(state) {
    const q = `repo:${this.options.repository} is:issue is:${state} in:body "${this.options.fingerprint}"`;
    try {
      const answer = await this.options.client.request("GET /search/issues", { q, per_page: 100 });
      return answer.data.items.filter((i) => this.mine(i) && i.state === state);
    } catch (error2) {
      this.log(`Searching issues failed (${error2.message}); listing open issues instead.`);
      return [];
    }
  }
  async listOpen() {
    const label = this.options.labels?.[0];
    const issues = await this.options.client.paginate("GET /repos/{owner}/{repo}/issues", {
      owner: this.owner,
      repo: this.repo,
      state: "open",
      per_page: 100,
      ...label ? { labels: label } : {}
    });
    const mine = issues.filter((i) => !i.pull_request && this.mine(i));
    if (mine.length || !label)
      return mine;
    const all = await this.options.client.paginate("GET /repos/{owner}/{repo}/issues", {
      owner: this.owner,
      repo: this.repo,
      state: "open",
      per_page: 100
    });
    return all.filter((i) => !i.pull_request && this.mine(i));
  }
  mine(issue) {
    return (issue.body ?? "").includes(this.marker);
  }
  async create(report) {
    const answer = await this.options.client.request("POST /repos/{owner}/{repo}/issues", {
      owner: this.owner,
      repo: this.repo,
      title: report.title.slice(0, 256),
      body: fit(report.body, this.marker),
      ...this.options.labels?.length ? { labels: this.options.labels } : {},
      ...this.options.assignees?.length ? { assignees: this.options.assignees } : {}
    });
    return answer.data;
  }
  /**
   * After creating `created`: the open issues with the fingerprint, listed again. When an older one exists (a
   * concurrent run, or a create whose answer was lost and was sent again), the younger ones this run can see are
   * closed as duplicates of the oldest, with a comment pointing at it.
   */
  async keepOldest(created) {
    const open2 = await this.listOpen();
    if (!open2.some((i) => i.number === created.number))
      open2.push(created);
    const keeper = oldest(open2);
    const closed = [];
    for (const issue of open2) {
      if (issue.number === keeper.number)
        continue;
      if (issue.number !== created.number)
        continue;
      await this.comment(issue.number, `Duplicate of #${keeper.number}: another run opened the same issue at the same time.`, false);
      await this.patch(issue.number, { state: "closed", state_reason: "duplicate" });
      this.log(`Closed issue #${issue.number} as a duplicate of #${keeper.number} (opened by a concurrent run).`);
      closed.push(issue.number);
    }
    return { number: keeper.number, issue: keeper, closed };
  }
  async comment(issueNumber, body, marked = true) {
    const tail = marked ? updateMarker(this.options.fingerprint, this.options.runKey) : "";
    await this.options.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      body: tail ? fit(body, tail) : body
    });
  }
  async updateComments(issueNumber) {
    const comments = await this.options.client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      per_page: 100
    });
    const prefix = UPDATE_PREFIX(this.options.fingerprint);
    return comments.filter((c) => (c.body ?? "").includes(prefix)).map((c) => ({ body: c.body ?? "", created_at: c.created_at }));
  }
  async patch(issueNumber, fields) {
    await this.options.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      ...fields
    });
  }
};
function oldest(issues) {
  return [...issues].sort((a, b) => a.number - b.number)[0];
}

// ../../packages/shared/lib/github/dispatch.js
var MAX_CLIENT_PAYLOAD_KEYS = 10;
var MAX_WORKFLOW_INPUTS = 25;
async function dispatch(client, repository, target, payload) {
  const [owner = "", repo = ""] = repository.split("/");
  if (target.kind === "repository_dispatch") {
    const client_payload = Object.fromEntries(Object.entries(payload).slice(0, MAX_CLIENT_PAYLOAD_KEYS));
    await client.request("POST /repos/{owner}/{repo}/dispatches", { owner, repo, event_type: target.eventType, client_payload });
    return;
  }
  const inputs = Object.fromEntries(Object.entries(payload).slice(0, MAX_WORKFLOW_INPUTS));
  await client.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
    owner,
    repo,
    workflow_id: target.workflow,
    ref: target.ref,
    inputs
  });
}

// ../../packages/shared/lib/report/escape.js
var LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function htmlText(text) {
  return escapeHtml(text).replace(LINE_BREAK, "<br/>");
}
function htmlAttribute(value) {
  return escapeHtml(value).replace(LINE_BREAK, "&#10;");
}
function code(text) {
  return `<code>${htmlText(text)}</code>`;
}
function link(text, url) {
  if (!/^https?:\/\//i.test(url))
    return htmlText(text);
  return `<a href="${htmlAttribute(url)}">${htmlText(text)}</a>`;
}
var MARKDOWN_INLINE = /[\\`*_[\]!#~|]/g;
function markdownText(text) {
  return escapeHtml(text.replace(LINE_BREAK, " ").replace(MARKDOWN_INLINE, "\\$&"));
}
var MERMAID_ENTITY = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "%": "#37;",
  ":": "#58;",
  ";": "#59;"
};
function mermaidLabel(text) {
  return text.replace(/[#"<>&`%:;]/g, (c) => MERMAID_ENTITY[c]).replace(LINE_BREAK, "<br/>");
}
function logText(text) {
  return text.replace(LINE_BREAK, " \u23CE ").replace(/##\[/g, "## [");
}
function truncate(text, max) {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}

// ../../packages/shared/lib/report/summary.js
var JobSummary = class {
  parts = [];
  /** A heading of plain text (escaped here). */
  heading(text, level = 2) {
    this.parts.push(`${"#".repeat(level)} ${markdownText(text)}
`);
    return this;
  }
  /** A paragraph of HTML (build it with htmlText/code/link): one line, so it cannot end in markdown. */
  html(html) {
    this.parts.push(`<p>${html}</p>
`);
    return this;
  }
  /** A paragraph of markdown written by the action itself; never put a value from outside in it. */
  paragraph(markdown) {
    this.parts.push(`${markdown}
`);
    return this;
  }
  /** A two-column table of facts; values are HTML (use htmlText/link/code). */
  facts(rows) {
    return this.table(["", ""], rows.filter((row) => row[1] !== void 0 && row[1] !== "").map(([k, v]) => [`<b>${htmlText(k)}</b>`, v]), { headless: true });
  }
  /** A table; cells are HTML (use htmlText/link/code for anything from outside). */
  table(header, rows, options = {}) {
    const head = options.headless ? "" : `<tr>${header.map((h) => `<th>${htmlText(h)}</th>`).join("")}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
    this.parts.push(`<table>${head}${body}</table>
`);
    return this;
  }
  /** GitHub renders mermaid only from fenced blocks, not from <pre lang="mermaid">. */
  mermaid(diagram) {
    this.parts.push(`\`\`\`mermaid
${diagram.trimEnd()}
\`\`\`
`);
    return this;
  }
  toString() {
    return this.parts.join("\n");
  }
  /** Appends to GITHUB_STEP_SUMMARY; a missing summary file (local runs) is not an error. */
  async write() {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      info(this.toString());
      return;
    }
    await summary.addRaw(this.toString(), true).write();
  }
};

// ../../packages/drift/lib/index.js
var lib_exports = {};
__export(lib_exports, {
  DEFAULT_THRESHOLDS: () => DEFAULT_THRESHOLDS,
  METHOD_KIND: () => METHOD_KIND,
  METHOD_NAMES: () => METHOD_NAMES,
  chi2Sf: () => chi2Sf,
  chiSquare: () => chiSquare,
  chooseMethod: () => chooseMethod,
  erfc: () => erfc,
  fillZeroes: () => fillZeroes,
  gammaQ: () => gammaQ,
  gcd: () => gcd,
  jensenShannon: () => jensenShannon,
  ksStatisticSorted: () => ksStatisticSorted,
  lInfinity: () => lInfinity,
  logGamma: () => logGamma,
  normalCdf: () => normalCdf,
  normedWassersteinSorted: () => normedWassersteinSorted,
  populationStd: () => populationStd,
  proportions: () => proportions,
  psi: () => psi,
  wassersteinSorted: () => wassersteinSorted,
  zTest: () => zTest
});

// ../../packages/drift/lib/choose.js
function chooseMethod(type, nReference, nUnique) {
  if (nReference <= 1e3) {
    if (type === "numeric" && nUnique > 5)
      return "ks";
    return nUnique > 2 ? "chisquare" : "z";
  }
  if (type === "numeric" && nUnique > 5)
    return "wasserstein";
  return "jensenshannon";
}

// ../../packages/drift/lib/stats/special.js
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (!(x > 0))
    return Number.NaN;
  if (x < 0.5)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  if (x <= 64 && Number.isInteger(2 * x)) {
    let acc = Number.isInteger(x) ? 0 : 0.5 * Math.log(Math.PI);
    for (let v = Number.isInteger(x) ? 1 : 0.5; v < x; v += 1)
      acc += Math.log(v);
    return acc;
  }
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++)
    a += LANCZOS[i] / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function gammaPSeries(a, x) {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < 1e5; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17)
      break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function gammaQFraction(a, x) {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e5; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny)
      d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny)
      c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-17)
      break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function gammaQ(a, x) {
  if (Number.isNaN(x) || Number.isNaN(a) || a <= 0)
    return Number.NaN;
  if (x <= 0)
    return 1;
  if (x === Number.POSITIVE_INFINITY)
    return 0;
  return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQFraction(a, x);
}
function chi2Sf(x, df) {
  return gammaQ(df / 2, x / 2);
}
function erfc(x) {
  if (Number.isNaN(x))
    return Number.NaN;
  if (x < 0)
    return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}

// ../../packages/drift/lib/stats/measures.js
function fillZeroes(proportions2) {
  let min = Number.POSITIVE_INFINITY;
  for (const p of proportions2)
    if (p !== 0 && p < min)
      min = p;
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  const out = new Float64Array(proportions2.length);
  for (let i = 0; i < proportions2.length; i++)
    out[i] = proportions2[i] === 0 ? fill : proportions2[i];
  return out;
}
function proportions(counts, n) {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++)
    out[i] = counts[i] / n;
  return out;
}
function psi(refCounts, nRef, curCounts, nCur) {
  const r = fillZeroes(proportions(refCounts, nRef));
  const c = fillZeroes(proportions(curCounts, nCur));
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i];
    const ci = c[i];
    sum += (ri - ci) * Math.log(ri / ci);
  }
  return sum;
}
function relEntr(x, y) {
  if (x > 0 && y > 0)
    return x * Math.log(x / y);
  if (x === 0 && y >= 0)
    return 0;
  return Number.POSITIVE_INFINITY;
}
function jensenShannon(p, q, base) {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = (left + right) / 2;
  if (base !== void 0)
    js /= Math.log(base);
  return Math.sqrt(js);
}
function lInfinity(refCounts, nRef, curCounts, nCur) {
  let max = 0;
  for (let i = 0; i < refCounts.length; i++) {
    const d = Math.abs(refCounts[i] / nRef - curCounts[i] / nCur);
    if (d > max)
      max = d;
  }
  return max;
}
function chiSquare(refCounts, nRef, curCounts, nCur) {
  const k = refCounts.length;
  const norm = nCur / nRef;
  let stat2 = 0;
  for (let i = 0; i < k; i++) {
    const exp = refCounts[i] * norm;
    const obs = curCounts[i];
    const d = obs - exp;
    if (exp === 0) {
      if (obs !== 0)
        stat2 = Number.POSITIVE_INFINITY;
      continue;
    }
    stat2 += d * d / exp;
  }
  if (k < 2)
    return { statistic: stat2, pValue: Number.NaN };
  return { statistic: stat2, pValue: stat2 === Number.POSITIVE_INFINITY ? 0 : chi2Sf(stat2, k - 1) };
}
function zTest(refHits, nRef, curHits, nCur) {
  const p1 = refHits / nRef;
  const p2 = curHits / nCur;
  const P = (p1 * nRef + p2 * nCur) / (nRef + nCur);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / nRef + 1 / nCur));
  if (Number.isNaN(z))
    return { statistic: 0, pValue: 1 };
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
function wassersteinSorted(ref, cur) {
  const n = ref.length;
  const m = cur.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = Math.min(ref[0], cur[0]);
  while (i < n || j < m) {
    const a = i < n ? ref[i] : Number.POSITIVE_INFINITY;
    const b = j < m ? cur[j] : Number.POSITIVE_INFINITY;
    const x = a <= b ? a : b;
    if (x > prev)
      sum += Math.abs(i / n - j / m) * (x - prev);
    prev = x;
    if (a <= b)
      i++;
    else
      j++;
  }
  return sum;
}
function populationStd(values) {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++)
    s += values[i];
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / n);
}
function normedWassersteinSorted(ref, cur, refStd = populationStd(ref)) {
  return wassersteinSorted(ref, cur) / Math.max(refStd, 1e-3);
}
function ksStatisticSorted(ref, cur) {
  const n1 = ref.length;
  const n2 = cur.length;
  const g = gcd(n1, n2);
  const a = n2 / g;
  const b = n1 / g;
  let i = 0;
  let j = 0;
  let diff = 0;
  let h = 0;
  while (i < n1 || j < n2) {
    const x = i < n1 ? ref[i] : cur[j];
    const y = j < n2 ? cur[j] : x;
    const v = i < n1 && x <= y ? x : y;
    while (i < n1 && ref[i] === v) {
      i++;
      diff += a;
    }
    while (j < n2 && cur[j] === v) {
      j++;
      diff -= b;
    }
    const abs = diff < 0 ? -diff : diff;
    if (abs > h)
      h = abs;
  }
  const lcm = n1 / g * n2;
  return { d: h / lcm, h, lcm };
}
function gcd(a, b) {
  while (b)
    [a, b] = [b, a % b];
  return a;
}

// ../../packages/drift/lib/types.js
var DEFAULT_THRESHOLDS = Object.freeze({
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
  linf: 0.1
});
var METHOD_KIND = Object.freeze({
  ks: "p-value",
  chisquare: "p-value",
  z: "p-value",
  wasserstein: "distance",
  jensenshannon: "distance",
  psi: "distance",
  linf: "distance"
});
var METHOD_NAMES = Object.freeze(Object.keys(METHOD_KIND));

// lib/engine.js
var api = lib_exports;
function need(name) {
  const value = api[name];
  if (value === void 0)
    throw new Error(`the drift engine in this build has no ${name} yet`);
  return value;
}
var readCsv = (chunks, options) => need("readCsv")(chunks, options);
var readJsonLines = (chunks, options) => need("readJsonLines")(chunks, options);
var readParquet = (file, options) => need("readParquet")(file, options);
var batchFromRecords = (records, names) => need("batchFromRecords")(records, names);
var newProfileBuilder = (options) => new (need("ProfileBuilder"))(options);
var profileFromJSON = (json) => need("Profile").fromJSON(json);
var compareProfiles = (reference, current, options) => need("compareProfiles")(reference, current, options);
var binnedPair = (reference, current, column) => need("binnedPair")(reference, current, column);
function isDriftInputError(error2) {
  const Class = api.DriftInputError;
  return Class !== void 0 && error2 instanceof Class;
}

// lib/defaults.js
var INPUT_DEFAULTS = {
  "baseline-format": "auto",
  "current-format": "auto",
  window: "24h",
  "capture-side": "input",
  method: "auto",
  "drift-share": "0.5",
  "on-bad-rows": "fail",
  "fail-on-drift": "false",
  issue: "open",
  "github-token": "${{ github.token }}",
  labels: "drift",
  cooldown: "6h"
};

// lib/context.js
var METHODS = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "linf"];
function oneOf(name, allowed, fallback) {
  const value = getString(name) ?? fallback;
  if (!allowed.includes(value))
    throw new InputError(name, `is '${value}'`, allowed.join(", "));
  return value;
}
function number(name, value, range) {
  const parsed = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < range.min || parsed > range.max) {
    throw new InputError(name, `is '${value}'`, `a number from ${range.min} to ${range.max}`);
  }
  return parsed;
}
var SOURCE_FORM = "a path in the workspace, or an s3://bucket/key URL (a key ending in / is a prefix: every object under it)";
function readSource(name, workspace) {
  const value = getString(name);
  if (!value)
    return void 0;
  if (value.startsWith("s3://") || value.startsWith("S3://")) {
    const location = parseS3Url(value.replace(/^S3/, "s3"));
    if (!location)
      throw new InputError(name, `is '${value}', which is no valid s3:// URL`, SOURCE_FORM);
    return { kind: "s3", location, shown: value };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    throw new InputError(name, `is '${value}'`, SOURCE_FORM);
  const full = resolve(workspace, value);
  const inside = relative(workspace, full);
  if (inside.startsWith("..") || isAbsolute(inside))
    throw new InputError(name, `is '${value}', outside the workspace`, SOURCE_FORM);
  return { kind: "file", path: full, shown: value };
}
async function readInputs() {
  const run = runContext();
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const schedule = getString("monitoring-schedule", {
    pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
    expected: "a monitoring schedule name (letters, digits and hyphens, at most 63)"
  });
  const baseline = readSource("baseline", workspace);
  const current = readSource("current", workspace);
  const currentFormat = oneOf("current-format", ["auto", "csv", "jsonl", "parquet", "data-capture"], INPUT_DEFAULTS["current-format"]);
  const baselineFormat = oneOf("baseline-format", ["auto", "csv", "jsonl", "parquet"], INPUT_DEFAULTS["baseline-format"]);
  let source;
  if (schedule) {
    for (const name of ["baseline", "current"]) {
      if (getString(name))
        throw new InputError(name, "is set together with monitoring-schedule", `either monitoring-schedule (Model Monitor mode) or baseline and current`);
    }
    source = { mode: "model-monitor", schedule };
  } else {
    if (!baseline)
      throw new InputError("baseline", "is required but empty", `${SOURCE_FORM}; or set monitoring-schedule to read Model Monitor results`);
    if (!current)
      throw new InputError("current", "is required but empty", SOURCE_FORM);
    source = { mode: "data", baseline, baselineFormat, current, currentFormat };
    if (currentFormat === "data-capture") {
      if (current.kind !== "s3")
        throw new InputError("current", `is '${current.shown}'`, "with current-format: data-capture, an s3:// Data Capture prefix (s3://bucket/prefix/ENDPOINT/)");
      source.capture = {
        windowMs: getDuration("window", { fallback: INPUT_DEFAULTS.window, min: 6e4, max: 90 * 864e5 }),
        side: oneOf("capture-side", ["input", "output"], INPUT_DEFAULTS["capture-side"]),
        columns: getList("capture-columns", { expected: "column names, comma or newline separated", unique: true })
      };
    }
  }
  const method = oneOf("method", ["auto", ...METHODS], INPUT_DEFAULTS.method);
  const thresholdText = getString("threshold");
  const columnMethods = /* @__PURE__ */ new Map();
  for (const [column, value] of await getMap("column-methods")) {
    if (!METHODS.includes(value))
      throw new InputError("column-methods", `gives column '${column}' the method '${value}'`, `one of ${METHODS.join(", ")} per column`);
    columnMethods.set(column, value);
  }
  const columnThresholds = /* @__PURE__ */ new Map();
  for (const [column, value] of await getMap("column-thresholds")) {
    columnThresholds.set(column, number("column-thresholds", value, { min: 0, max: 1e6 }));
  }
  const columnTypes = /* @__PURE__ */ new Map();
  for (const [column, value] of await getMap("column-types")) {
    if (value !== "numeric" && value !== "categorical")
      throw new InputError("column-types", `gives column '${column}' the type '${value}'`, "numeric or categorical per column");
    columnTypes.set(column, value);
  }
  const issue = oneOf("issue", ["open", "close-when-resolved", "off"], INPUT_DEFAULTS.issue);
  const githubToken = getInput("github-token");
  if (githubToken)
    setSecret(githubToken);
  const retrainWorkflow = getString("retrain-workflow", {
    pattern: /^([\w.-]+\.ya?ml|\d+)$/,
    expected: "a workflow file name such as train.yml, or a workflow id"
  });
  const retrainEvent = getString("retrain-event", {
    pattern: /^[\w.:/-]{1,100}$/,
    expected: "an event type of at most 100 characters (letters, digits, . _ - : /)"
  });
  if (retrainWorkflow && retrainEvent)
    throw new InputError("retrain-event", "is set together with retrain-workflow", "one of retrain-workflow (workflow_dispatch) or retrain-event (repository_dispatch)");
  const retrainInputs = await getMap("retrain-inputs");
  if (retrainInputs.size > 25)
    throw new InputError("retrain-inputs", `has ${retrainInputs.size} inputs`, "at most 25 inputs (the workflow_dispatch limit)");
  if (retrainInputs.size && !retrainWorkflow)
    throw new InputError("retrain-inputs", "is set without retrain-workflow", "it only together with retrain-workflow");
  const retrainRef = getString("retrain-ref");
  if (retrainRef && !retrainWorkflow)
    throw new InputError("retrain-ref", "is set without retrain-workflow", "it only together with retrain-workflow");
  if ((issue !== "off" || retrainWorkflow || retrainEvent) && !githubToken) {
    throw new InputError("github-token", "is empty", "a token with issues: write (the default, ${{ github.token }}), or issue: off");
  }
  const cloudwatchNamespace = getString("cloudwatch-namespace", {
    pattern: /^(?!AWS\/)[\w.#:/-]{1,255}$/,
    expected: "a CloudWatch namespace (at most 255 of letters, digits and . - _ / # :, not starting with 'AWS/')"
  });
  const inputs = {
    source,
    columns: getList("columns", { expected: "column names, comma or newline separated", unique: true }),
    ignoreColumns: getList("ignore-columns", { expected: "column names, comma or newline separated", unique: true }),
    columnTypes,
    method,
    columnMethods,
    columnThresholds,
    driftShare: number("drift-share", getString("drift-share") ?? INPUT_DEFAULTS["drift-share"], { min: 0, max: 1 }),
    onBadRows: oneOf("on-bad-rows", ["fail", "skip"], INPUT_DEFAULTS["on-bad-rows"]),
    failOnDrift: getBoolean("fail-on-drift", INPUT_DEFAULTS["fail-on-drift"]),
    modelName: getString("model-name", { maxLength: 200 }) ?? defaultModelName(source),
    issue,
    labels: getList("labels", { expected: "label names, comma or newline separated", unique: true }),
    assignees: getList("assignees", { expected: "GitHub user names, comma or newline separated", unique: true }),
    cooldownMs: getDuration("cooldown", { fallback: INPUT_DEFAULTS.cooldown, min: 0, max: 30 * 864e5 }),
    needsAws: false,
    workspace,
    run
  };
  if (thresholdText)
    inputs.threshold = number("threshold", thresholdText, { min: 0, max: 1e6 });
  if (githubToken)
    inputs.githubToken = githubToken;
  if (cloudwatchNamespace)
    inputs.cloudwatchNamespace = cloudwatchNamespace;
  const saveProfile = readSource("save-profile", workspace);
  if (saveProfile) {
    if (saveProfile.kind !== "file")
      throw new InputError("save-profile", `is '${saveProfile.shown}'`, "a path in the workspace (upload it to S3 in a later step if needed)");
    if (source.mode !== "data")
      throw new InputError("save-profile", "is set with monitoring-schedule", "it only with baseline and current");
    inputs.saveProfile = saveProfile.path;
  }
  if (retrainWorkflow)
    inputs.retrain = { kind: "workflow_dispatch", workflow: retrainWorkflow, ref: retrainRef ?? defaultRef(run), inputs: retrainInputs };
  if (retrainEvent)
    inputs.retrain = { kind: "repository_dispatch", eventType: retrainEvent };
  inputs.needsAws = source.mode === "model-monitor" || source.baseline.kind === "s3" || source.current.kind === "s3" || inputs.cloudwatchNamespace !== void 0;
  return inputs;
}
function defaultRef(run) {
  return run.ref.replace(/^refs\/(heads|tags)\//, "") || "main";
}
function defaultModelName(source) {
  if (source.mode === "model-monitor")
    return source.schedule;
  if (source.current.kind === "s3") {
    const parts = source.current.location.key.split("/").filter(Boolean);
    if (source.currentFormat === "data-capture" && parts.length) {
      const last = parts.at(-1);
      return last === "AllTraffic" && parts.length > 1 ? parts.at(-2) : last;
    }
    return `${source.current.location.bucket}/${parts.join("/")}`;
  }
  return source.current.shown;
}
function fingerprint(inputs) {
  return `drift-${createHash("sha256").update(`check-drift
${inputs.run.repository}
${inputs.modelName}`).digest("hex").slice(0, 24)}`;
}

// builtin:readline
var builtin$ = __require("node:readline");
var read$ = (key) => builtin$[key];
var createInterface = /* @__PURE__ */ read$("createInterface");

// lib/capture.js
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isScalar = (v) => v === null || ["string", "number", "boolean"].includes(typeof v);
function decodeCaptureLine(line, options) {
  let event;
  try {
    event = JSON.parse(line);
  } catch {
    return { kind: "bad", reason: "not JSON" };
  }
  if (!isObject(event) || !isObject(event.captureData))
    return { kind: "bad", reason: "no captureData object (not a Data Capture record)" };
  const time = isObject(event.eventMetadata) ? event.eventMetadata.inferenceTime : void 0;
  if (typeof time === "string") {
    const at = Date.parse(time);
    if (Number.isNaN(at))
      return { kind: "bad", reason: `inferenceTime '${time.slice(0, 40)}' is not a time` };
    if (at < options.windowStart)
      return { kind: "outside-window" };
  }
  const key = options.side === "input" ? "endpointInput" : "endpointOutput";
  const side = event.captureData[key];
  if (!isObject(side))
    return { kind: "bad", reason: `no captureData.${key} (was ${options.side} capture enabled?)` };
  const encoding = typeof side.encoding === "string" ? side.encoding.toUpperCase() : "";
  const contentType = typeof side.observedContentType === "string" ? side.observedContentType.toLowerCase() : "";
  if (typeof side.data !== "string")
    return { kind: "bad", reason: `captureData.${key}.data is not a string` };
  let text;
  let format;
  switch (encoding) {
    case "CSV":
      text = side.data;
      format = "csv";
      break;
    case "JSON":
      text = side.data;
      format = "json";
      break;
    case "BASE64": {
      if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(side.data))
        return { kind: "bad", reason: "BASE64 data that is not base64" };
      text = Buffer.from(side.data, "base64").toString("utf8");
      if (contentType.includes("csv"))
        format = "csv";
      else if (contentType.includes("json"))
        format = "json";
      else
        return { kind: "bad", reason: `BASE64 data of content type '${contentType.slice(0, 60) || "none"}' (only CSV and JSON payloads are read)` };
      break;
    }
    default:
      return { kind: "bad", reason: `encoding '${String(side.encoding).slice(0, 20)}' (expected CSV, JSON or BASE64)` };
  }
  if (format === "csv")
    return { kind: "payload", payload: { type: "csv", text }, badRecords: [] };
  return jsonPayload(text, options.columns);
}
function jsonPayload(text, columns) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "bad", reason: "JSON payload that is not JSON" };
  }
  let rows;
  if (isObject(body) && Array.isArray(body.instances))
    rows = body.instances;
  else if (isObject(body) && Array.isArray(body.predictions))
    rows = body.predictions;
  else if (Array.isArray(body))
    rows = body.every(isScalar) ? [body] : body;
  else
    rows = [body];
  const records = [];
  const badRecords = [];
  for (const row of rows) {
    const values = isObject(row) && Array.isArray(row.features) ? row.features : row;
    if (isObject(values)) {
      if (!Object.values(values).every(isScalar))
        badRecords.push({ reason: "a record with nested values" });
      else
        records.push(values);
      continue;
    }
    const list = Array.isArray(values) ? values : [values];
    if (!list.every(isScalar)) {
      badRecords.push({ reason: "a record with nested values" });
      continue;
    }
    if (list.length !== columns.length) {
      badRecords.push({ reason: `${list.length} values, but ${columns.length} column names (capture-columns or the baseline's columns)` });
      continue;
    }
    records.push(Object.fromEntries(columns.map((name, i) => [name, list[i]])));
  }
  return { kind: "payload", payload: { type: "records", records }, badRecords };
}

// lib/read.js
var MAX_SAMPLES = 5;
function emptyStats() {
  return { files: 0, bytes: 0, rows: 0, badRows: 0, badSamples: [], outsideWindow: 0 };
}
function formatOf(name) {
  const gzip = /\.gz$/i.test(name);
  const base = name.replace(/\.gz$/i, "").toLowerCase();
  if (base.endsWith(".csv") || base.endsWith(".tsv"))
    return { format: "csv", gzip };
  if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json"))
    return { format: "jsonl", gzip };
  if (base.endsWith(".parquet") || base.endsWith(".pq"))
    return { format: "parquet", gzip };
  return { gzip };
}
var SourceError = class extends ActionError {
};
async function* filesOf(input, source, format, s3, signal) {
  const pick = (name) => {
    const known = formatOf(name);
    const chosen = format === "auto" ? known.format : format;
    return chosen ? { format: chosen, gzip: known.gzip } : void 0;
  };
  if (source.kind === "file") {
    const info2 = await stat(source.path).catch((error2) => {
      throw new SourceError(`Input '${input}': '${source.shown}' cannot be read (${error2.code ?? error2.message}).`, {
        hint: "Check the path (relative to the workspace) and that an earlier step wrote the file."
      });
    });
    if (!info2.isFile())
      throw new SourceError(`Input '${input}': '${source.shown}' is not a regular file.`);
    const chosen = pick(source.path);
    if (!chosen)
      throw unknownFormat(input, source.shown);
    yield localFile(source.shown, source.path, info2.size, chosen);
    return;
  }
  if (!s3)
    throw new Error("S3 source without an AWS session");
  const { location } = source;
  if (location.key !== "" && !location.key.endsWith("/")) {
    const chosen = pick(location.key);
    if (!chosen)
      throw unknownFormat(input, source.shown);
    yield s3File(s3, source.shown, location, -1, chosen, signal);
    return;
  }
  let found = 0;
  for await (const object of s3.list(location, { signal })) {
    if (object.key.endsWith("/") || object.size === 0)
      continue;
    const chosen = pick(object.key);
    if (!chosen) {
      info(`Skipping ${logText(s3Url(object))}: not a .csv, .jsonl, .json or .parquet file (set ${input}-format to read it).`);
      continue;
    }
    found += 1;
    yield s3File(s3, s3Url(object), object, object.size, chosen, signal);
  }
  if (found === 0) {
    throw new SourceError(`Input '${input}': no data files under ${source.shown}.`, {
      hint: "Check the bucket and prefix (a prefix ends with /) and that the role may list it (s3:ListBucket)."
    });
  }
}
function unknownFormat(input, name) {
  return new SourceError(`Input '${input}': cannot tell the format of '${name}' from its name.`, {
    hint: `Name it .csv, .jsonl or .parquet (optionally .gz), or set ${input}-format: csv, jsonl or parquet.`
  });
}
function localFile(name, full, size, kind) {
  return {
    name,
    ...kind,
    size,
    stream: async () => createReadStream(full, { highWaterMark: 1 << 20 }),
    buffer: () => ({
      byteLength: size,
      async slice(start, end = size) {
        const handle = await open(full, "r");
        try {
          const out = Buffer.alloc(Math.max(0, end - start));
          await handle.read(out, 0, out.length, start);
          return out.buffer.slice(out.byteOffset, out.byteOffset + out.length);
        } finally {
          await handle.close();
        }
      }
    })
  };
}
function s3File(s3, name, location, size, kind, signal) {
  const file = {
    name,
    ...kind,
    size,
    async stream() {
      const opened = await s3.open(location, signal);
      if (!opened)
        throw new SourceError(`${name} does not exist (NoSuchKey).`, { hint: "Check the s3:// URL." });
      file.size = opened.size;
      return opened.body;
    },
    buffer: () => ({
      byteLength: file.size,
      slice: (start, end = file.size) => s3.readRange(location, start, end, signal)
    })
  };
  return file;
}
async function* batchesOf(file, onBadRows, columns) {
  if (file.format === "parquet") {
    if (file.gzip)
      throw new SourceError(`${file.name}: a gzipped Parquet file; Parquet compresses its pages itself, store it without .gz.`);
    if (file.size < 0) {
      const head = await file.stream();
      head.destroy();
    }
    yield* readParquet(file.buffer(), columns ? { columns } : {});
    return;
  }
  const raw2 = await file.stream();
  const body = file.gzip ? raw2.pipe(createGunzip()) : raw2;
  raw2.on("error", (error2) => body.destroy(error2));
  const reader = file.format === "csv" ? readCsv(body, { onBadRows }) : readJsonLines(body, { onBadRows });
  yield* reader;
}
var Progress = class {
  what;
  last = Date.now();
  constructor(what) {
    this.what = what;
  }
  tick(stats) {
    const now = Date.now();
    if (now - this.last < 15e3)
      return;
    this.last = now;
    info(`Reading ${this.what}: ${stats.rows.toLocaleString("en-US")} rows from ${stats.files} file(s) so far.`);
  }
};
function noteBad(stats, file, reason, line, count = 1) {
  stats.badRows += count;
  if (stats.badSamples.length < MAX_SAMPLES)
    stats.badSamples.push({ file, reason, ...line !== void 0 ? { line } : {} });
}
function unreadable(file, error2) {
  if (error2 instanceof ActionError)
    return error2;
  if (isDriftInputError(error2)) {
    return new ActionError(`${file.name}: ${error2.message}`, {
      hint: "Fix the row, or set on-bad-rows: skip to leave malformed rows out (they are counted in the report)."
    });
  }
  return new ActionError(`${file.name} could not be read as ${file.format}${file.gzip ? " (gzip)" : ""}: ${errorMessage(error2)}`, {
    hint: `Check that the file is ${file.format}${file.gzip ? ", gzip-compressed" : ""}; set the -format input if its name misleads.`
  });
}
async function readSource2(input, source, format, builder, options) {
  const stats = emptyStats();
  const progress = new Progress(input);
  for await (const file of filesOf(input, source, format, options.s3, options.signal)) {
    stats.files += 1;
    try {
      for await (const batch of batchesOf(file, options.onBadRows)) {
        builder.add(batch);
        stats.rows += batch.length;
        if (batch.badRows)
          noteBad(stats, file.name, firstBadReason(batch), firstBadLine(batch), batch.badRows);
        progress.tick(stats);
      }
    } catch (error2) {
      throw unreadable(file, error2);
    }
    stats.bytes += Math.max(0, file.size);
  }
  return stats;
}
function firstBadReason(batch) {
  return batch.badRowSamples?.[0]?.reason ?? "malformed row";
}
function firstBadLine(batch) {
  return batch.badRowSamples?.[0]?.line;
}
async function readCapture(source, builder, columns, options) {
  const capture = source.capture;
  const stats = emptyStats();
  const listing = await listDataCapture(options.s3, source.current.location, { windowMs: capture.windowMs, now: options.now, signal: options.signal });
  stats.hours = listing.hours.length;
  const progress = new Progress("the Data Capture files");
  const windowStart = options.now.getTime() - capture.windowMs;
  const bad = (file, line, reason) => {
    if (options.onBadRows === "fail") {
      throw new ActionError(`${file} line ${line}: ${reason}.`, {
        hint: "Set on-bad-rows: skip to leave such records out (they are counted in the report), or fix capture-side/capture-columns."
      });
    }
    noteBad(stats, file, reason, line);
  };
  for (const object of listing.objects) {
    const name = s3Url(object);
    const opened = await options.s3.open(object, options.signal);
    if (!opened)
      continue;
    stats.files += 1;
    stats.bytes += object.size;
    const body = /\.gz$/i.test(object.key) ? opened.body.pipe(createGunzip()) : opened.body;
    const lines = createInterface({ input: body, crlfDelay: Number.POSITIVE_INFINITY });
    let csv = [];
    let records = [];
    const flush = async () => {
      if (csv.length) {
        const text = csv.join("\n");
        csv = [];
        for await (const batch of readCsv(Readable.from([text]), { header: false, names: columns, onBadRows: options.onBadRows })) {
          builder.add(batch);
          stats.rows += batch.length;
          if (batch.badRows)
            noteBad(stats, name, firstBadReason(batch), void 0, batch.badRows);
        }
      }
      if (records.length) {
        const batch = batchFromRecords(records, columns);
        records = [];
        builder.add(batch);
        stats.rows += batch.length;
      }
    };
    let number2 = 0;
    try {
      for await (const line of lines) {
        number2 += 1;
        if (line.trim() === "")
          continue;
        const decoded = decodeCaptureLine(line, { side: capture.side, columns, windowStart });
        if (decoded.kind === "outside-window") {
          stats.outsideWindow += 1;
          continue;
        }
        if (decoded.kind === "bad") {
          bad(name, number2, decoded.reason);
          continue;
        }
        for (const record of decoded.badRecords)
          bad(name, number2, record.reason);
        if (decoded.payload.type === "csv")
          csv.push(decoded.payload.text.replace(/\r?\n$/, ""));
        else
          records.push(...decoded.payload.records);
        if (csv.length >= 5e3 || records.length >= 5e3)
          await flush();
        progress.tick(stats);
      }
      await flush();
    } catch (error2) {
      if (error2 instanceof ActionError)
        throw error2;
      if (isDriftInputError(error2))
        throw new ActionError(`${name}: a CSV payload: ${error2.message}`, { hint: "Set on-bad-rows: skip to leave such records out." });
      throw new ActionError(`${name} could not be read: ${errorMessage(error2)}`);
    }
  }
  return stats;
}

// lib/report.js
var fmt = (n) => n === void 0 || !Number.isFinite(n) ? "\u2013" : Math.abs(n) >= 1e-3 || n === 0 ? n.toFixed(4) : n.toExponential(2);
var percent = (n) => n === void 0 ? "unknown" : `${(n * 100).toFixed(1)}%`;
function columnTable(outcome, only) {
  const columns = [...outcome.columns].filter((c) => !only || c.drifted).sort((a, b) => Number(b.drifted) - Number(a.drifted));
  return {
    header: ["Column", "Type", "Method", "Statistic", "p-value / distance", "Threshold", "Drift"],
    rows: columns.map((c) => [
      code(truncate(c.name, 80)),
      htmlText(c.type),
      htmlText(c.method + (c.basis === "sketch" ? ` (sketch \xB1${fmt(c.errorBound)})` : "")),
      htmlText(fmt(c.statistic)),
      htmlText(c.kind === "p-value" ? `p = ${fmt(c.pValue)}` : fmt(c.distance ?? c.statistic)),
      htmlText(`${c.kind === "p-value" ? "p < " : "\u2265 "}${fmt(c.threshold)}`),
      c.drifted ? "\u{1F534} drifted" : "\u{1F7E2} stable"
    ])
  };
}
function xychart(chart) {
  const labels = chart.labels.map((l) => `"${mermaidLabel(truncate(l, 18))}"`).join(", ");
  const top = Math.max(0.01, ...chart.reference, ...chart.current);
  const values = (xs) => xs.map((x) => Number.isFinite(x) ? Number(x.toFixed(4)) : 0).join(", ");
  return [
    "xychart-beta",
    `  title "${mermaidLabel(truncate(chart.column, 60))}"`,
    `  x-axis [${labels}]`,
    `  y-axis "share of rows" 0 --> ${Number((top * 1.1).toFixed(3))}`,
    `  bar [${values(chart.reference)}]`,
    `  line [${values(chart.current)}]`
  ].join("\n");
}
function sourceFacts(outcome) {
  const read = (s) => {
    if (!s)
      return void 0;
    if (s.profile)
      return `${code(s.source)} (saved profile)`;
    const bad = s.badRows ? `, <b>${s.badRows} malformed rows skipped</b>` : "";
    const outside = s.outsideWindow ? `, ${s.outsideWindow} events before the window left out` : "";
    const hours = s.hours !== void 0 ? `, ${s.hours} hour folders` : "";
    return `${code(s.source)}<br/>${s.rows.toLocaleString("en-US")} rows from ${s.files} file(s)${hours}${bad}${outside}`;
  };
  return [
    ["Baseline", read(outcome.baseline)],
    ["Current", read(outcome.current)]
  ];
}
function buildSummary(inputs, outcome) {
  const icon = outcome.detected ? "\u{1F534}" : outcome.drifted.length ? "\u{1F7E1}" : "\u{1F7E2}";
  const verdict = outcome.detected ? "dataset drift" : outcome.drifted.length ? "some columns drifted, below the dataset share" : "no drift";
  const summary3 = new JobSummary().heading(`${icon} Drift check ${inputs.modelName}: ${verdict}`);
  const facts = [
    ["Drifted columns", `${outcome.drifted.length} of ${outcome.compared} (${percent(outcome.share)}; dataset drift at \u2265 ${percent(outcome.driftShare)})`],
    ...sourceFacts(outcome)
  ];
  if (outcome.monitor) {
    const m = outcome.monitor;
    facts.push([
      "Model Monitor",
      `schedule ${code(m.schedule)}, execution of ${htmlText(m.scheduledTime)}: ${htmlText(m.status)}<br/>${code(m.violationsUri)}`
    ]);
  }
  if (outcome.missingInCurrent.length)
    facts.push(["Missing in current", outcome.missingInCurrent.map((c) => code(c)).join(", ")]);
  if (outcome.missingInReference.length)
    facts.push(["New in current", outcome.missingInReference.map((c) => code(c)).join(", ")]);
  if (outcome.issue?.issue)
    facts.push(["Issue", `${link(`#${outcome.issue.issue.number}`, outcome.issue.issue.url)} (${htmlText(outcome.issue.action)})`]);
  if (outcome.metrics)
    facts.push(["CloudWatch", `namespace ${code(outcome.metrics.namespace)}`]);
  if (outcome.retrain)
    facts.push(["Retraining", htmlText(outcome.retrain)]);
  summary3.facts(facts);
  const table = columnTable(outcome);
  if (table.rows.length)
    summary3.heading("Columns", 3).table(table.header, table.rows);
  const other = outcome.monitor?.otherViolations ?? [];
  if (other.length) {
    summary3.heading("Other Model Monitor violations", 3).table(["Column", "Check", "Description"], other.map((v) => [code(v.featureName), htmlText(v.checkType), htmlText(truncate(v.description, 300))]));
  }
  const samples = [...outcome.baseline?.badSamples ?? [], ...outcome.current?.badSamples ?? []];
  if (samples.length) {
    summary3.heading("Malformed rows (examples)", 3).table(["File", "Line", "Why"], samples.map((s) => [code(truncate(s.file, 120)), s.line === void 0 ? "" : htmlText(String(s.line)), htmlText(truncate(s.reason, 200))]));
  }
  if (outcome.charts.length) {
    summary3.heading("Distributions of the most drifted columns", 3);
    summary3.paragraph("<sub>Bars: reference (baseline); line: current. Share of rows per bin or category.</sub>");
    for (const chart of outcome.charts)
      summary3.mermaid(xychart(chart));
  }
  summary3.html(`Run: ${link(`${inputs.run.workflow || "workflow"} #${inputs.run.runId}`, runUrl(inputs.run))}`);
  return summary3;
}
function issueReport(inputs, outcome) {
  const table = columnTable(outcome, "drifted");
  const rows = table.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  const body = [
    `## Data drift: ${markdownText(inputs.modelName)}`,
    "",
    `<p>Latest check: ${link(`run ${inputs.run.runId}`, runUrl(inputs.run))} found ${outcome.drifted.length} of ${outcome.compared} columns drifted (${htmlText(percent(outcome.share))}; dataset drift at \u2265 ${htmlText(percent(outcome.driftShare))}).</p>`,
    "",
    `<table><tr>${table.header.map((h) => `<th>${htmlText(h)}</th>`).join("")}</tr>${rows}</table>`,
    "",
    "<sub>Opened and kept up to date by check-drift: later runs comment here (at most once per cooldown) instead of opening another issue.</sub>"
  ].join("\n");
  return { title: `Data drift: ${truncate(inputs.modelName, 200)}`, body };
}
function issueComment(inputs, outcome) {
  return `Drift still present in ${link(`run ${inputs.run.runId}`, runUrl(inputs.run))}: ${outcome.drifted.length} of ${outcome.compared} columns (${htmlText(percent(outcome.share))}): ${outcome.drifted.map((c) => code(c)).join(", ")}.`;
}
function resolvedComment(inputs, outcome) {
  return `No dataset drift in ${link(`run ${inputs.run.runId}`, runUrl(inputs.run))} (${outcome.drifted.length} of ${outcome.compared} columns drifted, ${htmlText(percent(outcome.share))}): closing.`;
}

// lib/main.js
async function main() {
  const inputs = await readInputs();
  const sessionOptions = inputs.needsAws ? readSessionInputs("check-drift") : void 0;
  const cancellation = onRunnerCancel();
  let session;
  let found;
  try {
    if (sessionOptions)
      session = await AwsSession.open(sessionOptions);
    const outcome = inputs.source.mode === "data" ? await checkData(inputs, inputs.source, session, cancellation) : await checkMonitor(inputs, inputs.source, session, cancellation);
    found = { outcome, reportPath: await finish(inputs, outcome, session, cancellation) };
  } catch (error2) {
    setOutput("drift-detected", "");
    throw error2;
  } finally {
    session?.close();
    cancellation.dispose();
  }
  if (found.outcome.detected && inputs.failOnDrift) {
    throw new ActionError(`Drift detected (fail-on-drift: true): ${headline(found.outcome)}`, { hint: `The report is ${found.reportPath}.` });
  }
}
async function finish(inputs, outcome, session, cancellation) {
  const reportPath = writeReport(inputs, outcome);
  setOutput("drift-detected", String(outcome.detected));
  setOutput("drift-share", outcome.share === void 0 ? "" : String(round(outcome.share)));
  setOutput("drifted-features", JSON.stringify(outcome.drifted));
  setOutput("report", reportPath);
  info(headline(outcome));
  if (inputs.cloudwatchNamespace && session) {
    const requests = await new CloudWatchMetrics(session).put(inputs.cloudwatchNamespace, metrics(inputs, outcome), cancellation.signal);
    outcome.metrics = { namespace: inputs.cloudwatchNamespace, requests };
    info(`Sent drift metrics to CloudWatch namespace ${logText(inputs.cloudwatchNamespace)} (${requests} request(s)).`);
  }
  let issue;
  if (inputs.issue !== "off" || inputs.retrain) {
    const client = createGitHubClient({ token: inputs.githubToken ?? "", log: (line) => info(logText(line)) });
    if (inputs.issue !== "off") {
      const tracker = new IssueTracker({
        client,
        repository: inputs.run.repository,
        fingerprint: fingerprint(inputs),
        labels: inputs.labels,
        assignees: inputs.assignees,
        cooldownMs: inputs.cooldownMs,
        runKey: `${inputs.run.runId}-${inputs.run.runAttempt}-${inputs.run.job}-${inputs.run.stepId}`,
        log: (line) => info(logText(line))
      });
      issue = outcome.detected ? await tracker.raise({ ...issueReport(inputs, outcome), comment: issueComment(inputs, outcome) }) : await tracker.resolve({ comment: resolvedComment(inputs, outcome), close: inputs.issue === "close-when-resolved" });
      outcome.issue = issue;
      setOutput("issue-number", issue.issue ? String(issue.issue.number) : "");
    }
    if (inputs.retrain && outcome.detected) {
      const quiet = issue && ["updated-quietly", "already-commented"].includes(issue.action);
      if (quiet) {
        info(`Drift is still there, but retraining was triggered less than the cooldown ago (issue #${issue?.issue?.number}); not again.`);
        outcome.retrain = "skipped (cooldown)";
      } else {
        await dispatch(client, inputs.run.repository, inputs.retrain, retrainPayload(inputs, outcome, reportPath));
        outcome.retrain = inputs.retrain.kind === "workflow_dispatch" ? `workflow ${inputs.retrain.workflow} on ${inputs.retrain.ref}` : `repository_dispatch ${inputs.retrain.eventType}`;
        info(`Triggered retraining: ${logText(outcome.retrain)}.`);
      }
    }
  }
  if (issue === void 0)
    setOutput("issue-number", "");
  await buildSummary(inputs, outcome).write();
  return reportPath;
}
function headline(outcome) {
  const share = outcome.share === void 0 ? "" : ` (${(outcome.share * 100).toFixed(1)}% of ${outcome.compared} columns)`;
  if (!outcome.detected)
    return `No dataset drift${share}${outcome.drifted.length ? `; drifted columns: ${outcome.drifted.join(", ")}` : ""}.`;
  return `Dataset drift${share}: ${outcome.drifted.join(", ")}.`;
}
var round = (n) => Math.round(n * 1e6) / 1e6;
function compareOptions(inputs) {
  const columns = {};
  const names = /* @__PURE__ */ new Set([...inputs.columnMethods.keys(), ...inputs.columnThresholds.keys(), ...inputs.columnTypes.keys()]);
  for (const name of names) {
    const method = inputs.columnMethods.get(name);
    const threshold = inputs.columnThresholds.get(name);
    const type = inputs.columnTypes.get(name);
    columns[name] = { ...method ? { method } : {}, ...threshold !== void 0 ? { threshold } : {}, ...type ? { type } : {} };
  }
  return {
    columns,
    driftShare: inputs.driftShare,
    ...inputs.method !== "auto" ? { method: inputs.method } : {},
    ...inputs.threshold !== void 0 ? { threshold: inputs.threshold } : {}
  };
}
function builderOptions(inputs, columns) {
  const chosen = columns ?? (inputs.columns.length ? inputs.columns : void 0);
  return {
    ...chosen ? { columns: chosen } : {},
    ...inputs.ignoreColumns.length ? { ignoreColumns: inputs.ignoreColumns } : {},
    ...inputs.columnTypes.size ? { types: Object.fromEntries(inputs.columnTypes) } : {}
  };
}
async function savedProfile(source, s3) {
  const { baseline } = source;
  const name = baseline.kind === "file" ? baseline.path : baseline.location.key;
  if (!/\.json$/i.test(name) || source.baselineFormat !== "auto")
    return void 0;
  const text = baseline.kind === "file" ? readFileSync(baseline.path, "utf8") : await s3.readText(baseline.location, 512 * 1024 * 1024);
  if (text === void 0)
    throw new ActionError(`Input 'baseline': ${baseline.shown} does not exist.`);
  if (!/^\s*\{[\s\S]{0,400}"format"\s*:\s*"mlops-actions\/drift-profile@/.test(text) && !text.includes('"mlops-actions/drift-profile@'))
    return void 0;
  try {
    return profileFromJSON(JSON.parse(text));
  } catch (error2) {
    throw new ActionError(`Input 'baseline': ${baseline.shown} looks like a saved profile but cannot be read: ${errorMessage(error2)}`, {
      hint: "Write it again with save-profile (from the same version of this action)."
    });
  }
}
async function checkData(inputs, source, session, cancellation) {
  const s3 = session ? new S3Reader(session) : void 0;
  const signal = cancellation.signal;
  let reference = await savedProfile(source, s3);
  let baselineStats = emptyStats();
  if (reference) {
    info(`Baseline: the saved profile ${logText(source.baseline.shown)}.`);
  } else {
    const builder2 = newProfileBuilder(builderOptions(inputs));
    baselineStats = await readSource2("baseline", source.baseline, source.baselineFormat, builder2, {
      ...s3 ? { s3 } : {},
      onBadRows: inputs.onBadRows,
      signal
    });
    if (builder2.rows === 0)
      throw new ActionError(`Input 'baseline': ${source.baseline.shown} holds no rows${baselineStats.badRows ? ` (all ${baselineStats.badRows} were malformed)` : ""}.`);
    reference = builder2.finish();
    info(`Baseline: ${baselineStats.rows} rows from ${baselineStats.files} file(s).`);
  }
  if (inputs.saveProfile) {
    mkdirSync(dirname(inputs.saveProfile), { recursive: true });
    writeFileSync(inputs.saveProfile, JSON.stringify(reference.toJSON()));
    info(`Saved the baseline profile to ${logText(relative(inputs.workspace, inputs.saveProfile))}.`);
  }
  const referenceColumns = Object.keys(reference.columns);
  const builder = newProfileBuilder(builderOptions(inputs, inputs.columns.length ? inputs.columns : referenceColumns));
  let currentStats;
  if (source.currentFormat === "data-capture") {
    const columns = source.capture?.columns.length ? source.capture.columns : referenceColumns;
    currentStats = await readCapture(source, builder, columns, {
      s3,
      onBadRows: inputs.onBadRows,
      signal,
      now: /* @__PURE__ */ new Date()
    });
    if (builder.rows === 0) {
      const why = currentStats.files === 0 ? `no capture files in the ${currentStats.hours} hour folder(s) of the window` : `${currentStats.files} file(s) but no rows${currentStats.badRows ? ` (${currentStats.badRows} malformed)` : ""}${currentStats.outsideWindow ? ` (${currentStats.outsideWindow} events before the window)` : ""}`;
      throw new ActionError(`Input 'current': the Data Capture window is empty: ${why} under ${source.current.shown}.`, {
        hint: "Check the prefix (\u2026/ENDPOINT/ or \u2026/ENDPOINT/VARIANT/), that the endpoint had traffic in the window, or widen window."
      });
    }
  } else {
    currentStats = await readSource2("current", source.current, source.currentFormat, builder, {
      ...s3 ? { s3 } : {},
      onBadRows: inputs.onBadRows,
      signal
    });
    if (builder.rows === 0)
      throw new ActionError(`Input 'current': ${source.current.shown} holds no rows${currentStats.badRows ? ` (all ${currentStats.badRows} were malformed)` : ""}.`);
  }
  info(`Current: ${currentStats.rows} rows from ${currentStats.files} file(s).`);
  const current = builder.finish();
  for (const name of inputs.columns) {
    if (!referenceColumns.includes(name))
      throw new ActionError(`Input 'columns' names '${name}', which the baseline does not have.`, {
        hint: `The baseline's columns: ${referenceColumns.join(", ")}.`
      });
  }
  const report = compareProfiles(reference, current, compareOptions(inputs));
  if (report.missingInCurrent.length) {
    warning(`Columns of the baseline missing from the current data (not compared): ${logText(report.missingInCurrent.join(", "))}`);
  }
  if (report.columns.length === 0) {
    throw new ActionError("No column could be compared: the current data has none of the baseline's columns.", {
      hint: `Baseline columns: ${referenceColumns.join(", ")}. Check capture-columns, columns and ignore-columns.`
    });
  }
  const drifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
  const charts = [];
  const ranked = [...report.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || severity(b) - severity(a));
  for (const column of ranked.slice(0, 3)) {
    try {
      charts.push({ column: column.name, ...binnedPair(reference, current, column.name) });
    } catch (error2) {
      debug(`No chart for ${column.name}: ${errorMessage(error2)}`);
    }
  }
  if (currentStats.badRows || baselineStats.badRows) {
    warning(`Skipped malformed rows (on-bad-rows: skip): ${baselineStats.badRows} in the baseline, ${currentStats.badRows} in the current data; the report lists examples.`);
  }
  return {
    mode: "data",
    model: inputs.modelName,
    detected: report.detected,
    share: report.share,
    driftShare: inputs.driftShare,
    compared: report.columns.length,
    drifted,
    columns: report.columns,
    missingInCurrent: report.missingInCurrent,
    missingInReference: report.missingInReference,
    baseline: { source: source.baseline.shown, ...baselineStats, profile: baselineStats.files === 0 },
    current: { source: source.current.shown, ...currentStats },
    charts
  };
}
function severity(c) {
  if (c.kind === "p-value")
    return c.threshold > 0 ? Math.log10(c.threshold) - Math.log10(Math.max(c.pValue ?? 1, 1e-300)) : 0;
  return c.threshold > 0 ? c.statistic / c.threshold - 1 : c.statistic;
}
async function checkMonitor(inputs, source, session, cancellation) {
  const signal = cancellation.signal;
  const monitoring = new SageMakerMonitoring(session);
  const { report, skipped } = await monitoring.latestReport(source.schedule, signal);
  for (const execution of skipped) {
    info(`Monitoring execution of ${execution.scheduledTime?.toISOString() ?? "?"} is ${execution.status}${execution.failureReason ? ` (${logText(execution.failureReason)})` : ""}: no report, looking further back.`);
  }
  if (!report) {
    throw new ActionError(`Monitoring schedule '${source.schedule}' has no execution with a report among its latest ${skipped.length || "executions"}.`, {
      hint: skipped.length ? `The latest is ${skipped[0]?.status}. Wait for an execution to complete, or check the schedule in the SageMaker console.` : "Check the schedule name and aws-region."
    });
  }
  const s3 = new S3Reader(session);
  const folder = parseS3Url(report.outputUri);
  if (!folder)
    throw new ActionError(`The processing job's output '${report.outputUri}' is not an s3:// URL.`);
  const violationsUri = { bucket: folder.bucket, key: `${folder.key}constraint_violations.json` };
  const text = await s3.readText(violationsUri, 64 * 1024 * 1024, signal);
  let violations = [];
  if (text === void 0) {
    if (report.execution.status === "CompletedWithViolations")
      throw new ActionError(`${s3Url(violationsUri)} is missing, though the execution says CompletedWithViolations.`);
  } else {
    try {
      violations = parseConstraintViolations(text);
    } catch (error2) {
      if (error2 instanceof ViolationsFormatError)
        throw new ActionError(`${s3Url(violationsUri)} ${error2.message}; it is not a Model Monitor constraint_violations.json.`);
      throw error2;
    }
  }
  const statisticsText = await s3.readText({ bucket: folder.bucket, key: `${folder.key}statistics.json` }, 64 * 1024 * 1024, signal);
  let features;
  try {
    const parsed = statisticsText ? JSON.parse(statisticsText) : void 0;
    features = parsed?.features?.map((f) => String(f.name ?? "")).filter(Boolean);
  } catch {
    features = void 0;
  }
  const driftViolations = violations.filter((v) => v.checkType === "baseline_drift_check");
  const drifted = [...new Set(driftViolations.map((v) => v.featureName))];
  const share = features?.length ? drifted.length / features.length : void 0;
  if (share === void 0)
    warning(`No statistics.json next to the violations: the share of drifted columns is unknown; any drifted column counts as drift.`);
  const detected = share === void 0 ? drifted.length > 0 : drifted.length > 0 && share >= inputs.driftShare;
  return {
    mode: "model-monitor",
    model: inputs.modelName,
    detected,
    ...share !== void 0 ? { share } : {},
    driftShare: inputs.driftShare,
    compared: features?.length ?? drifted.length,
    drifted,
    columns: driftViolations.map((v) => ({
      name: v.featureName,
      type: "model-monitor",
      method: "model-monitor",
      kind: "distance",
      statistic: v.distance ?? Number.NaN,
      ...v.distance !== void 0 ? { distance: v.distance } : {},
      threshold: v.threshold ?? Number.NaN,
      drifted: true,
      detail: v.description
    })),
    missingInCurrent: violations.filter((v) => v.checkType === "missing_column_check").map((v) => v.featureName),
    missingInReference: violations.filter((v) => v.checkType === "extra_column_check").map((v) => v.featureName),
    monitor: {
      schedule: source.schedule,
      status: report.execution.status,
      scheduledTime: report.execution.scheduledTime?.toISOString() ?? "",
      processingJobArn: report.execution.processingJobArn ?? "",
      violationsUri: s3Url(violationsUri),
      otherViolations: violations.filter((v) => v.checkType !== "baseline_drift_check")
    },
    charts: []
  };
}
function writeReport(inputs, outcome) {
  const dir = process.env.RUNNER_TEMP || inputs.workspace;
  const file = join(dir, `check-drift-${(inputs.run.stepId || "report").replace(/[^\w.-]/g, "_")}.json`);
  const { issue: _issue, ...rest } = outcome;
  writeFileSync(file, `${JSON.stringify({ format: "mlops-actions/drift-report@1", generatedAt: (/* @__PURE__ */ new Date()).toISOString(), run: runUrl(inputs.run), ...rest }, null, 2)}
`);
  return file;
}
function metrics(inputs, outcome) {
  const model = { Model: inputs.modelName.slice(0, 255) };
  const timestamp = /* @__PURE__ */ new Date();
  const data = [{ name: "DriftDetected", value: outcome.detected ? 1 : 0, dimensions: model, timestamp }];
  if (outcome.share !== void 0)
    data.push({ name: "DriftShare", value: outcome.share, unit: "None", dimensions: model, timestamp });
  for (const column of outcome.columns) {
    const dimensions = { ...model, Column: column.name.slice(0, 255) || "(unnamed)" };
    if (Number.isFinite(column.statistic))
      data.push({ name: "DriftScore", value: column.statistic, dimensions, timestamp });
    data.push({ name: "ColumnDrifted", value: column.drifted ? 1 : 0, dimensions, timestamp });
  }
  return data;
}
function retrainPayload(inputs, outcome, reportPath) {
  if (inputs.retrain?.kind === "workflow_dispatch")
    return Object.fromEntries(inputs.retrain.inputs);
  return {
    model: inputs.modelName,
    drift_share: outcome.share === void 0 ? "" : String(round(outcome.share)),
    drifted_features: JSON.stringify(outcome.drifted),
    run_url: runUrl(inputs.run),
    report: basename(reportPath),
    ...outcome.issue?.issue ? { issue: String(outcome.issue.issue.number) } : {}
  };
}

// lib/index.js
await runAction({ main });

// Node 20 lacks Promise.withResolvers, which @restatedev/restate-sdk 1.17 needs. Imported first by every endpoint.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

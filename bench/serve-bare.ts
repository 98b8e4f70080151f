import { SANDBOX_CREDENTIALS } from "../config/settings.js";
import { bareHandler } from "./bare-handler.js";

// Child process of the callback benchmark: the yardstick handler on PORT.
const { corpId, app } = SANDBOX_CREDENTIALS;
const port = Number(process.env.PORT);
bareHandler({ token: app.token, encodingAESKey: app.aesKey, receiveId: corpId }).listen(port, "127.0.0.1", () => {
  process.send?.("ready");
});

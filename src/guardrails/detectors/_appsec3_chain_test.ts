import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "fb3.rules_unconditional_allow",
    block: [
      `rules_version = '2';\nservice firebase.storage {\n  match /b/{bucket}/o {\n    match /avatars/{file} {\n      allow read, write;\n    }\n  }\n}\n`,
      `service cloud.firestore {\n  match /databases/{db}/documents {\n    match /orders/{id} {\n      allow create, update, delete;\n    }\n  }\n}\n`,
      `service firebase.storage {\n  match /b/{bucket}/o {\n    match /{all=**} {\n      allow write;\n    }\n  }\n}\n`,
    ],
    pass: [
      `rules_version = '2';\nservice firebase.storage {\n  match /b/{bucket}/o {\n    match /avatars/{uid}/{file} {\n      allow read;\n      allow write: if request.auth != null && request.auth.uid == uid;\n    }\n  }\n}\n`
        .replace(
          "allow read;\n",
          "allow read: if request.auth != null;\n",
        ),
      `service cloud.firestore {\n  match /databases/{db}/documents {\n    match /orders/{id} {\n      allow create: if request.auth != null;\n    }\n  }\n}\n`,
      `service cloud.firestore {\n  match /databases/{db}/documents {\n    match /{document=**} {\n      allow read, write: if false;\n    }\n  }\n}\n`,
    ],
  },
  {
    id: "fb3.rtdb_public_write",
    block: [
      `{\n  "rules": {\n    ".read": "auth != null",\n    ".write": true\n  }\n}\n`.replace(
        `".read": "auth != null",\n    `,
        "",
      ),
      `{ "rules": { ".read": true } }\n`,
      `{\n  "rules": {\n    ".read": true,\n    ".write": "true"\n  }\n}\n`,
    ],
    pass: [
      `{\n  "rules": {\n    ".read": "auth != null",\n    ".write": "auth != null"\n  }\n}\n`,
      `{\n  "rules": {\n    "users": {\n      "$uid": {\n        ".read": "$uid === auth.uid",\n        ".write": "$uid === auth.uid"\n      }\n    }\n  }\n}\n`,
      `{\n  "rules": {\n    ".read": false,\n    ".write": false\n  }\n}\n`,
    ],
  },
  {
    id: "sol3.tx_origin_auth",
    block: [
      `function withdrawAll(address payable to) external {\n    require(tx.origin == admin, "not admin");\n    to.transfer(address(this).balance);\n}\n`,
      `modifier onlyOwner() {\n    if (tx.origin != owner) revert Unauthorized();\n    _;\n}\n`,
      `function setFee(uint256 f) external {\n    require(owner == tx.origin);\n    fee = f;\n}\n`,
    ],
    pass: [
      `function withdrawAll(address payable to) external {\n    require(msg.sender == admin, "not admin");\n    to.transfer(address(this).balance);\n}\n`,
      `function deposit() external payable {\n    require(tx.origin == msg.sender, "no contracts");\n    balances[msg.sender] += msg.value;\n}\n`,
      `emit Called(tx.origin, msg.sender);\n`,
    ],
  },
  {
    id: "sol3.unprotected_selfdestruct",
    block: [
      `function close() external {\n    selfdestruct(payable(treasury));\n}\n`,
      `function destroy(address payable to) public virtual {\n    emit Closed(to);\n    selfdestruct(to);\n}\n`,
      `function shutdown() public payable {\n    selfdestruct(payable(msg.sender));\n}\n`,
    ],
    pass: [
      `function close() external onlyOwner {\n    selfdestruct(payable(treasury));\n}\n`,
      `function destroy(address payable to) public {\n    require(msg.sender == owner, "owner");\n    selfdestruct(to);\n}\n`,
      `function shutdown() public {\n    if (msg.sender != admin) revert();\n    selfdestruct(payable(admin));\n}\n`,
    ],
  },
  {
    id: "sol3.delegatecall_any_target",
    block: [
      `function execute(address impl, bytes memory data) public payable {\n    (bool ok, ) = impl.delegatecall(data);\n    require(ok, "failed");\n}\n`,
      `function upgradeAndCall(address logic, bytes calldata init) external {\n    logic.delegatecall(init);\n}\n`,
      `function run(bytes calldata d, address module) external returns (bytes memory) {\n    (, bytes memory r) = module.delegatecall(d);\n    return r;\n}\n`,
    ],
    pass: [
      `function execute(address impl, bytes memory data) public onlyOwner {\n    (bool ok, ) = impl.delegatecall(data);\n    require(ok, "failed");\n}\n`,
      `function execute(bytes memory data) public {\n    (bool ok, ) = implementation.delegatecall(data);\n    require(ok);\n}\n`,
      `function run(address module, bytes calldata d) external {\n    require(approvedModules[module], "module");\n    module.delegatecall(d);\n}\n`,
    ],
  },
  {
    id: "sol3.reentrancy_state_after_call",
    block: [
      `function claim() external {\n    uint256 due = rewards[msg.sender];\n    (bool sent, ) = msg.sender.call{value: due}("");\n    require(sent);\n    rewards[msg.sender] = 0;\n}\n`,
      `function withdraw(uint256 amt) public {\n    require(bal[msg.sender] >= amt);\n    (bool ok,) = msg.sender.call{value: amt}("");\n    require(ok);\n    bal[msg.sender] -= amt;\n}\n`,
      `function exit() external {\n    uint v = stake[msg.sender];\n    msg.sender.call{value: v}("");\n    stake[msg.sender] = 0;\n}\n`,
    ],
    pass: [
      `function claim() external {\n    uint256 due = rewards[msg.sender];\n    rewards[msg.sender] = 0;\n    (bool sent, ) = msg.sender.call{value: due}("");\n    require(sent);\n}\n`,
      `function withdraw(uint256 amt) public nonReentrant {\n    (bool ok,) = msg.sender.call{value: amt}("");\n    require(ok);\n    bal[msg.sender] -= amt;\n}\n`,
      `function refund() external {\n    uint v = owed[msg.sender];\n    owed[msg.sender] = 0;\n    payable(msg.sender).transfer(v);\n}\n`,
    ],
  },
  {
    id: "sol3.block_values_randomness",
    block: [
      `uint256 pick = uint256(keccak256(abi.encodePacked(block.timestamp, msg.sender))) % entrants.length;\n`,
      `uint8 roll = uint8(uint256(keccak256(abi.encode(blockhash(block.number - 1), nonce))) % 6);\n`,
      `uint r = uint(keccak256(abi.encodePacked(block.prevrandao, players.length))) % 100;\n`,
    ],
    pass: [
      `uint256 pick = randomWords[0] % entrants.length;\n`,
      `bytes32 id = keccak256(abi.encodePacked(block.timestamp, msg.sender, nonce));\n`,
      `require(block.timestamp >= start + 7 days, "too early");\n`,
    ],
  },
  {
    id: "sol3.unprotected_owner_change",
    block: [
      `function transferAdmin(address next) external {\n    owner = next;\n}\n`,
      `function init(address o) public {\n    _owner = o;\n}\n`,
      `function claimOwnership(address who) public virtual { owner = who; }\n`,
    ],
    pass: [
      `function transferAdmin(address next) external onlyOwner {\n    owner = next;\n}\n`,
      `function initialize(address o) public initializer {\n    _owner = o;\n}\n`,
      `function transferAdmin(address next) external {\n    require(msg.sender == owner);\n    owner = next;\n}\n`,
    ],
  },
  {
    id: "sol3.unchecked_send",
    block: [
      `pragma solidity ^0.8.20;\ncontract Payout {\n  function pay(address payable to, uint a) external onlyOwner {\n    to.send(a);\n  }\n}\n`,
      `contract Split is Ownable {\n  function out() external {\n    payable(partner).send(share);\n  }\n}\n`,
      `pragma solidity 0.7.6;\ncontract R {\n  function r(address payable u) external {\n    u.send(msg.value);\n  }\n}\n`,
    ],
    pass: [
      `pragma solidity ^0.8.20;\ncontract Payout {\n  function pay(address payable to, uint a) external onlyOwner {\n    require(to.send(a), "send failed");\n  }\n}\n`,
      `pragma solidity ^0.8.20;\ncontract Payout {\n  function pay(address payable to, uint a) external onlyOwner {\n    to.transfer(a);\n  }\n}\n`,
      `app.get("/x", (req, res) => {\n  res.send(html);\n});\n`,
    ],
  },
];

runCases("appsec3 chain", CASES);

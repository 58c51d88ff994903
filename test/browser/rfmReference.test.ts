import { rfmPackageScores } from "./rfmReference";
test("ref", () => {
  const s = [...rfmPackageScores().values()];
  const count = (k: "f" | "m") => [1, 2, 3, 4, 5].map((i) => s.filter((c) => c[k] === i).length);
  expect(s.length).toBe(995);
  expect(count("f")).toEqual([268, 187, 176, 244, 120]);
  expect(count("m")).toEqual([200, 200, 198, 202, 195]);
});

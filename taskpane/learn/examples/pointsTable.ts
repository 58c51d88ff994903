/**
 * Worked example: the membership points table (CRM_MODELS.md §8). One point per yuan, a reward
 * at every 500 points: 500 → a bag of washing powder, 1,000 → dish soap and toothpaste,
 * 1,500 → a tissue pack and a notebook. Amounts around each step (499.9, 500, 999, 1,000 …).
 */
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

export const AMOUNTS = [300, 499.9, 500, 999, 1000, 1234, 1500, 2600];

export const pointsTable: WorkedExample = {
  id: "points-table",
  title: { en: "The membership points table", zh: "会员积分表" },
  build(lang) {
    const L = langArg(lang);
    return {
      sheetName: say(lang, "Points", "会员积分"),
      title: say(lang, "The membership programme: points and rewards", "会员制：积分与奖励"),
      note: say(
        lang,
        "Change an amount in column B, the points per yuan in B4 or the points per reward in B5: points, rewards and the points still needed move. Look at 499.9 yuan: 499 points, no reward yet.",
        "修改B列的消费金额、B4的每元积分或B5的每次奖励所需积分：积分、奖励次数和还差的积分都会变。看看消费499.9元：只有499分，还没有奖励。",
      ),
      cells: {
        ...block("A4", [
          [say(lang, "Points per yuan", "每元积分"), 1],
          [say(lang, "Points per reward", "每次奖励所需积分"), 500],
        ]),
        ...block("D4", [
          [say(lang, "Points", "积分"), say(lang, "Reward", "奖品")],
          [500, say(lang, "A pack of washing powder", "一包洗衣粉")],
          [1000, say(lang, "A bottle of dish soap and a tube of toothpaste", "一盒洗洁精+一支牙膏")],
          [
            1500,
            say(lang, "A pack of toilet paper (10 rolls) and a notebook", "卫生纸一袋（10卷装）+一本笔记本"),
          ],
        ]),
        ...block("A9", [
          lang === "zh"
            ? ["会员", "消费金额（元）", "积分", "奖励次数", "距下次奖励还差", "可兑换的最好奖品"]
            : ["Member", "Amount (yuan)", "Points", "Rewards", "Points to the next reward", "Best gift"],
        ]),
        ...block(
          "A10",
          AMOUNTS.map((amount, i) => {
            const r = 10 + i;
            return [
              say(lang, `Member ${i + 1}`, `会员${i + 1}`),
              amount,
              `=POINTS.REWARDS(B${r},$B$4,$B$5,"points")`,
              `=POINTS.REWARDS(B${r},$B$4,$B$5)`,
              `=POINTS.REWARDS(B${r},$B$4,$B$5,"next")`,
              `=IFERROR(POINTS.REWARDS(B${r},$B$4,$B$5,"item",${L}),"${say(lang, "(none yet)", "（尚无）")}")`,
            ];
          }),
        ),
      },
    };
  },
};

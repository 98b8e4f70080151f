/**
 * Traditional → simplified characters, limited to what candidates from Hong Kong,
 * Macau and Taiwan actually type in short scheduling replies. A character map (not a
 * phrase map) is enough here: the lexicons downstream are written in simplified form.
 */

const PAIRS =
  "週周參参與与確确認认謝谢時时間间個个嗎吗沒没問问題题會会準准請请這这裡里裏里職职興兴試试經经達达臨临換换較较" +
  "帶带鐘钟鐵铁遲迟長长點点後后來来過过還还對对麼么邊边開开車车約约為为見见們们說说話话讓让學学歷历證证書书" +
  "聯联絡络實实發发現现辦办無无將将覺觉應应該该處处樓楼層层區区號号場场線线視视頻频錢钱資资議议歡欢費费報报銷销" +
  "煩烦遠远離离幾几輪轮備备簡简筆笔電电腦脑記记碼码寫写塊块總总樣样東东從从進进門门廳厅臺台檯台員员負负責责團团" +
  "隊队術术棧栈務务業业產产雙双險险積积勞劳動动關关壓压態态機机聽听訴诉識识適适合合親亲戚戚醫医院院陪陪飛飞" +
  "趕赶塞塞堵堵誤误貴贵徵征選选擇择決决定定標标準准則则類类別别難难辭辞職职調调動动換换掉掉啟启讀读考考研研剛刚" +
  "處处絕绝謂谓種种專专門门網网絡络視视訊讯頻频麵面嗎吗呢呢嗯嗯歉歉憾憾惜惜謹谨誠诚懇恳夠够斷断變变轉转樣样撥拨" +
  "萬万億亿兩两幫帮給给認认識识錄录確确訂订預预約约陳陈舊旧數数態态風风險险證证據据愛爱傳传優优勢势範范圍围薪薪" +
  "禮礼複复雖虽談谈願愿歲岁舉举觀观頭头體体驗验園园級级紙纸屆届廣广賽赛績绩學学歷历證证遞递" +
  "晝昼資资獎奖貼贴環环境境氣气氛氛辦办公公區区域域導导航航計计劃划畫画鬧闹顯显示示級级層层際际紀纪錯错誤误嘅的喺在" +
  "慮虑緊紧間间廠厂驗验擇择睇看諗谂響响噉咁邊边啱啱攞拿畀给俾给" +
  "夾夹闆板國国歸归鄉乡島岛寧宁灣湾華华語语樂乐買买賣卖馬马雲云義义習习單单嚴严飯饭館馆鬆松臉脸藥药療疗護护營营慶庆節节陽阳" +
  // The traditional forms (Taiwan and Hong Kong usage) of every other character our lexicons, labels and
  // writers' replies use, where the form is unambiguous back to that character (選擇放棄 read as 选择放弃).
  "鍾钟賺赚騙骗詐诈結结價价媽妈隨随説说搶抢憂忧獵猎圖图婦妇兒儿閨闺誰谁嘍喽額额誒诶唄呗裝装協协強强騰腾脫脱嗆呛懸悬衝冲釘钉鏈链湊凑當当內内擔担課课蘇苏順顺辯辩領领組组溝沟訓训頂顶廢废維维蠻蛮靈灵須须續续" +
  "棄弃暫暂幹干堅坚許许崗岗穩稳檔档權权繼继漢汉漲涨諮咨詢询籤签晉晋佔占測测勝胜編编傾倾於于撈捞補补鴿鸽擱搁緩缓罷罢銀银師师煙烟復复終终戶户滿满儀仪檢检評评紹绍櫃柜連连鎖锁衛卫掙挣畢毕傷伤顧顾規规燒烧臥卧" +
  "牀床靜静養养軍军駕驾狀状爺爷喪丧診诊況况禍祸鬱郁寶宝懷怀駐驻廈厦鄭郑條条騎骑攏拢設设論论陣阵項项擠挤運运廚厨雜杂餅饼譜谱掛挂並并摳抠礙碍齡龄訪访倉仓庫库鎮镇棟栋寵宠屬属燈灯審审構构鏡镜藝艺監监講讲攝摄" +
  "純纯羣群獨独貨货邏逻匯汇統统礎础駁驳糾纠猶犹噠哒刪删篩筛掃扫薦荐盡尽紅红綠绿質质針针頓顿閒闲歐欧喲哟吶呐爭争細细張张輛辆頁页聲声曉晓壞坏聖圣誕诞樹树詳详淨净倆俩啓启贏赢載载搵揾儂侬貳贰叄叁卻却闊阔閉闭" +
  "擊击罵骂羅罗繞绕齊齐厲厉諒谅龍龙曬晒拋抛錨锚盤盘財财亂乱閱阅閲阅築筑綜综擾扰軟软偉伟釋释峯峰廂厢貿贸執执緣缘腳脚丟丢潔洁縣县揀拣冊册麗丽擬拟蓋盖輔辅翹翘討讨階阶鴨鸭醬酱戰战賬账劉刘涇泾稅税稱称駛驶欄栏" +
  "輸输賭赌爾尔濱滨熱热遊游練练茲兹獲获橋桥郵邮粵粤鳥鸟驛驿瑪玛輝辉豐丰遷迁饋馈紋纹陸陆餘余毀毁瘋疯縮缩嘗尝踐践遺遗楊杨競竞鑰钥夢梦妝妆驢驴納纳澤泽淚泪惱恼錦锦黃黄貸贷攜携繳缴飲饮鍋锅戲戏剮剐購购貢贡膽胆" +
  "蕭萧莊庄儲储膠胶暈晕滄沧脈脉撐撑吳吴蘭兰廟庙禪禅鋪铺獅狮澱淀織织孫孙眾众亞亚異异麥麦蕪芜韓韩閘闸寬宽鈔钞嶽岳邁迈輕轻軌轨農农溫温鋼钢慘惨勁劲攔拦烏乌墊垫慣惯嬰婴彈弹鄰邻槓杠墳坟顛颠鈿钿錫锡嚇吓尷尴劑剂" +
  "濾滤啞哑簽签";

/**
 * Traditional code unit → simplified code unit (0: unchanged), one table for the whole BMP. Exact, so
 * a reply with none of them is passed over in one scan: a hashed prefilter table shared slots with
 * common simplified characters once the list grew to the traditional form of every character we read.
 */
const TABLE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS.charCodeAt(i);
  const to = PAIRS.charCodeAt(i + 1);
  if (from !== to) TABLE[from] = to;
}

/** Maps each traditional character to its simplified form; other characters pass through. */
export function toSimplified(text: string): string {
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = TABLE[c]!;
    out += s === 0 ? text[i] : String.fromCharCode(s);
  }
  return out;
}

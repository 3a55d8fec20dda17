"""Personal names the privacy check knows (generated: do not edit by hand).

Built by scripts/build_names.py from Faker 40.63.0 (MIT licence) and the
project's own supplementary lists (MIT). Folded: lower case, no macrons or accents;
a space inside a family name is written "_".
"""

FAKER_VERSION = "40.63.0"

GIVEN = """
aaaqil aaban aabid aachal aadam aadhya aadi aadil aafiya aahana aahil aalam aalee aalim
aaliyah aamil aamir aamirah aaqil aarav aarif aarini aariz aarna aarnav aaron aarush
aaryan aashi aashif aashir aasif aasim aatif aatiq aaus aayan aayush aazim abaan abbas
abbey abbi abbie abby abdelrahman abdul abdullah abdulrahman abeer abel abha abhimanyu
abhiram abigail abilio abraham abram abril achille achim ada adalbert adalberto adam
adamo adan addison adel adela adelaida adelaide adelardo adelasia adelbert adele
adelgunde adelheid adelia adelina adelinde adeline adelmo adem adi adil adina aditi
aditya adolf adolfine adolfo adora adoracion adrian adriana adriane adrianna adriano
adrien adrienne advaith advay advik advika adweta adya aedan aenne africa agapito
agastya agata agatha agathe agnes agnieszka agnolo agostino agueda agustin agustina
ahmad ahmed ahmet aidan aideen aiden aileen ailis aime aimee ainara aine ainoa aisha
aishani aisling aislinn aitana aitor ajay akanesi akanisi akosita akshay alain alan
alana alanis alanna alannah alastair alba alban albano alberico albert albertine alberto
albin albina albino albrecht alcides alderano aldo ale alec aleisha alejandra alejandro
alejo aleks aleksandar aleksander aleksandr aleksandra aleksej alena alessandra
alessandro alessia alessio alex alexa alexander alexandra alexandre alexandria
alexandrie alexandros alexei alexej alexis alf alfio alfons alfonso alfred alfredo ali
alice alicia alicja alida alina aline alisha alison alistair alister aliti alix alka
alla allan allegra allen allison alma almudena almut almuth alofa alois aloisia alondra
alonso aloys alphons alphonse alvaro alvin alwin alwina alwine alyssa amada amadeo amado
amador amahle amaia amaira amalia amalie amancio amanda amandeep amando amara amarilis
amaro amaya ambar amber ambrosio amedeo amelia amelie america americo amico amie amilcar
amin amina amir amira amleto ammar amol amor amparo amrita amruta amy amy-lee amy-leigh
ana ana_belen ana_sofia anabel anacleto anahera anais analyn anamika anaru anas
anastasia anastasie anastasio anastasios anastazja anatol anatoli anatolij anay andile
andre andrea andreas andree andrei andrej andres andres_felipe andrew andrey andrzej
andy aneta anett anette angel angela angeles angelica angelika angelina angelino
angelique angelita angelo angie angus anh ani anibal anica aniela anika anil anirudh
anita anja anjali anka anke anmol ann ann-kathrin anna anna_maria anna-lena anna-luise
anna-maria anna-marie annabel annabelle annaliese annalisa annalise annamaria anne
anne-kathrin anne-katrin anne-marie anne-rose annedore annegret annegrete annekatrin
anneke annelene anneli annelie annelies anneliese annelise annelore annemarie annemie
annemijn annerose annett annetta annette anni annibale annie annika annita annunziata
anny anouk ansaldo anselm anselma anselmo ansgar ansh ante anthony antje anto antoin
antoine antoinette anton antonella antonello antoni antonia antonie antonietta antonina
antonino antonio antonios antonius antony anunciacion anusha anvi anya aodhan aoibheann
aoibhin aoibhinn aoife aperahama aperira apisalome apolinar apollonia apolonia apostolos
april arabella araceli aradhana aranzazu arash arcelia archer archie arham ari aria
ariadna ariana ariane arianne aribert arie ariel arif ariki arin aristides arjun
arkadiusz arlo armando armida armin arnaldo arnaude arnd arndt arne arnel arnfried arnim
arno arnold arnulf arnulfo aroa aroha arohanui aron arran arron arsenio artem artemio
arthur artur arturo arunima arya aryan arzu ascension asdrubal asena asher ashlee
ashleigh ashlene ashley ashling ashok ashton asta astrid asuncion ataahua atenulf atfat
athanasios atharv atheel ati atilio attaf attila audrey august augusta auguste augustin
augusto aura auraq aurea aurelia aureliano aurelie aurelio aurora aurore austin autumn
ava avi avni awadil awamil awamiri awan awani awhina awj awlya awmar awrad axel aya
ayaan ayamin ayden ayesha ayla aylin ayman aynur ayoub aysar ayse aysel ayten ayush
ayushman ayyubi azaan azad azahar azahara azban azeeb azeglio azeneth aziz azra azucena
baahir baaizeed baaqee baaqir baaree baashir baasim baasit babak babar baber babett
babette baccio bachittar badawi badr badr_udeen baghyawati baha baha_udeen bahaa
bahadurjit bahiy_udeen bailey bailie bairbel bakhshi baldassare baldomero balduino
baldur baleegh balendra balhaar baljit baljiwan baltasar balthasar balvan balveer bambad
bandile banjeet bao baptist baqar baqir barbara barbel barkha barr barraq barry bart
bartek bartholomaus bartolome bartolomeo bas basaam baseer basel basem bashaar bashaarat
bashar basharat basheer basheerah basil basilio basim basir bassam bastiaan bastian
batal batool baudelio bautista bayram bazam beata beate beatrice beatrix beatriz beau
beauden becky begona behnaz bekir bela belen belinda bella ben benedetto benedikt
benigna benigno benita benito benjamin benn benno benoit bente benthe benvenuto beppe
berat berend berenice berezat berit bernabe bernadette bernard bernarda bernardino
bernardita bernardo bernd bernd-dieter berndt bernfried bernhard bernhardine bernt
bernward bert berta bertha berthold berto bertold bertram bertrand beth bethan bethany
betina betti bettina betty bevan beverley beverly bhanumati bhavani bhavika bhavini
bhavna bhavya bhekani bhekisisa bhekizizwe bhekokwakhe biagio bianca bianka bibi bibiana
bienvenida bilaal bilal bill billie billie-jo billy bimala bina birger birgid birgit
birgitt birgitta birousk birte birthe bishakha bizhan bjorn blaine blair blake blanaid
blanca blanka blas bo boaz bob bobby bodhi bodo bogdan bonifacio bonnie boris borja
borys bozena brad bradley brady bram brandi brandon brandy branka branko braxton brayden
breandan breanna brenda brendan brendon brent brett brian briana brianna bridget brigid
brigida brigitta brigitte brijesh brinda brit brita britney britt britta brittany
brittney brodie brogan bronach bronagh bronwyn brooke brooklyn bruce brunhild brunhilde
bruni brunilda bruno bryan bryce bryony buenaventura buraid burckhard burghard burkard
burkhard burkhardt busisiwe cacilia cacilie cahal cahir cailin cailum caitlin caitlyn
caitriona cal calcedonio caleb calista calisto calixta calixto callan callum calogero
calum calvin cameron camila camilla camille camillo camilo campbell canan candace
candela candelaria candelario candelas candice candida candido caoilfhionn caoimhe
caoimhin caolain caolan caomhan capucine cara caragh caren caridad carien carin carina
carl carl-heinz carla carlijn carlito carlo carlos carlota carly carmel carmela
carmelita carmelo carmen carmina carmine carol carola carole carolin carolina caroline
carolyn carrie carsten carter cas casandra casemiro casey casper cassandra cassidy
cassie catalina caterina cathal catharina catherine cathleen cathrin cathy cato catrin
catriona cayetana cayetano ceara cebrian cecile cecilia cecilio ceferino celal celestina
celestino celia celina celine celso cemal cemil cengiz centa cesar cesare cetin ceylin
cezary chaaya chad chae-won chaewon chaitaly chaitanya chakradev chakradhar chakrika
chamali chaman chameli champak chanakya chanchal chandani chandran chandresh changaz
chantal chantel chantelle chao charan charis charita charl charlene charles charlesh
charlie charlotte charo charvi chase chashida chasmum chatresh chatura chau chavvi
chawish che che-wei chelo chelsea chelsey chema chen-jui cheng-en cheng-han cheng-hsiung
cheng-hung cheng-i cheragh cherie cherith cheryl cheyenne chi chia-hao chia-hung
chia-jung chia-ling chia-ming chia-wei chia-ying chiara chien-cheng chien-chih
chien-chung chien-hsing chien-hua chien-hung chien-liang chien-ming chih-cheng
chih-chiang chih-chung chih-hao chih-hsien chih-hsiung chih-hung chih-ming chih-wei
chih-wen chih-yuan chin-fa chin-feng chin-hsing chin-lien chin-lung chin-tsai ching-i
chita chiu-hsiang chiu-yueh chloe chris christa christa-maria christel christelle
christian christiana christiane christie christin christina christine christl christo
christof christoph christophe christopher christos christy chucho chun-chieh chun-hao
chun-hsien chun-hsiung chun-hung chun-liang chun-mei chun-ming chun-nan chun-ting
chun-yu chus chuy cianan ciara ciaran ciarrai cilli cillian cilly cindy cintia cipriano
ciriaco cirillo cirino ciro claas claire clara clare clarence clarisa clarissa clark
claude claudia claudine claudio claudius claus claus-dieter claus-peter clayton clelia
clemence clemens clemente clementina cleto clifford climaco clinton cliodhna cliona
clive clodagh cloe clotilde codie cody cohen cole colette colin colleen collette collin
colm colton coluccio colum conal conall conan concepcion concetta concha conchur conn
connie connor conny conor conrad conrado constance constantin constanza constanze
consuela consuelo cooper cora coral corazon cord cordula corey corina corinna corinne
coriolano cormac cornelia cornelio cornelis cornelius corona corrado corrie cortney cory
cosima cosimo cosme costantino costanzo courteney courtney craig crescencia cristian
cristina cristobal cruz crystal curro curt curtis custodia custodio cynthia cyprian
czeslaw da-eun daamin daan daanish daanyaal daawood dabbah dabir daeun dafne daghfal
dagmar dagmara dagobert daire dairine daisy daiyaan dajana dakhil dakota daksh daksha
dakshesh dalaja dalbir dale dalila dalisay dalton damaris dameer damian damiano damien
damini damon damurah damyanti dan dana dani danica danie daniel daniela daniele danielle
danilo danique danish danny dante danuta daphne dara darain darcy daria darika darin
dario darius dariush dariusz darko darlene darpan darragh darrell darren darrin darryl
darryn darsh daryl dastageer dave david dawid dawn dawud dayamai dayita dayna dayyaan
deaglan dean deane deanna dearbhail dearbhaile dearbhla debbie debora deborah debra
declan deepa deepak deirbhile delfina delfino delia demetrio demi demi-lee demi-leigh
denis denise dennis denny derek dermot derrick dervla desiderio desiree desmond destiny
detlef detlev dev devansh devika devin devon dewald dewi dex dhriti dhruv diamond diana
diane dianne diarmuid diedrich diego dierk dieter diethard diethelm diether dietlind
dietlinde dietmar dietrich dillon dimas dimitri dimitrios dina dino dion dionigi
dionisia dionisio dionne dipta dirk ditmar dittmar divina divya diya dmitri dmitry
do-yoon dogan dolores domenico domhnall dominga domingo dominic dominik dominique
domitila don donal donald donata donatella donatello donato dong dong-hyun donghyun
donna dora doreen dorina doris dorit dorita dorle dorota dorotea dorothe dorothea
dorothee dorothy dorte dorthe douglas doyoon dragan dragica drago drew duane duilio
dulce dumisani dumisile duncan dung dunja duong durab durante dursun dusan dustin duuk
duyen dwayne dylan dylano eadaoin eamon eamonn earl eberhard eberhardt ebony eckard
eckart eckehard eckhard eckhardt eckhart ecrin edda eddie edel edelbert edelgard
edelmira edelmiro edeltraud edeltraut edeltrud eden edgar edgardo edhitha edit edith
editha edmund edmundo edoardo edouard edu eduard eduardo edward edwin eesaa eesha efrain
egbert eggert egon ehan ehrenfried ehrentraud ehrhard ehsaas ehsan eijaz eileen eilis
eilish eimear eimer eimhear eiravati eitel ejaz ejlaal ekaja ekalinga ekani ekansh
ekanta ekantika ekapad ekaraj ekaterina ekavir ekbal ekiya ekkehard ekkehart ekrem ekta
el-amin eladio elaf elaine elba eleanor eleanora elena eleni elenore eleonora eleonore
eleuterio elfi elfie elfriede eli eliana elias elif eligia eligio elijah elin eline
elisa elisabet elisabeth elise eliseo elisha eliza elizabeth elize elke ella elladio
ellen elli ellie ellinor elliot elliott elly elma elmar elmarie elmo elodia elodie
eloisa eloise eloy elpidio elsa elsbeth else elsie elvira elwira elzbieta ema eman
emanuel emelina emer emigdio emil emile emilia emiliana emiliano emilie emilio emily
emin emine emir emma emma-louise emmanuel emmanuelle emmerich emmet emmett emmi emmy
emperatriz emran en-sho encarna encarnacion encarnita enda engelbert engin ennio enno
enrico enrique enver enya enzio enzo eoghan eoin epeli epifanio eraldo erasmo ercan
erdal erdmute erdogan erhard erhardt eric erica erich erik erika erin erkan erlinda
ermanno ermenegildo ermes erna ernest ernestine ernesto ernst ernst-august ernst-dieter
ernst-otto erol erueti erwin eryk eryn esfandyar eshan eshana esila esmee esmeralda
esperanza espiridion esteban estefania estela ester esther estrella eta etelvina ethan
etienne etizaaz etta ettore euan eufemia eugen eugene eugenia eugenie eugenio eulalia
eun-ji eun-woo eun-young eunan eunji eunwoo eunyoung eusebia eusebio eustaquio eutimio
eutropio eva eva_maria eva-maria eva-marie evamaria evan evangelia evangelina evangeline
evangelista evangelos evaristo eve evelia evelien evelin eveline evelyn evelyne evi evie
evita evy ewa ewald ewan ewelina ezequiel ezio ezra fa'amanu faamanu faas fabia fabian
fabiana fabienne fabio fabiola fabricio fabrizia fabrizio fadi fadime fahmi fainche
faisal faith faizan falak falan falguni falk falko fang fanny faqid faraj faras fares
farhad farhan fariq faris faruk fatemeh fatih fatima fatimah fatma faustino fausto fay
faye fazli feargal fearghal febe fedde fedele federica federico federigo fedor fekitoa
felicia feliciana feliciano felicidad felicitas feline felipa felipe felisa felix
felizitas fem femke feng fenna fenne ferdi ferdinand ferdinando ferenc fergal fergus
fermin fernanda fernando fetu fiafia fiamma fidel fidela fidvi fien fiene filip filipo
filippa filippo filiz filomena finau finbar finn fintan fiona fionntan fionnuala
fiorenzo fiorino firas fitan fito fiyaz flavia flavio fletcher fleur floor floortje flor
flora florence florencia florencio florentina florentine florentino florian florina
florinda floris flynn folker folkert fortunata fortunato forum fotu frado franca frances
francesca francesco francis francisca francisco francisco_javier francisco_jose
franciszek franck franco francois francoise franjo frank frank-michael frank-peter
franka frankie franklin franz franz_josef franz-josef franz-peter franz-xaver franziska
fraser frauke frazer fred freddy frederic frederick frederik frederike frederique fredi
fredo fredy freia freya frida fridolin frieda friedbert friedemann frieder friedericke
friederike friedhelm friedhilde friedhold friedl friedlinde friedo friedrich
friedrich-karl friedrich-wilhelm frithjof fritz fryderyk fulgencio fulvio gabi gabino
gabor gabriel gabriela gabriele gabriella gabrielle gaby gaetano gagan gail gaja gala
galasso galina galo ganesh gang ganga gareth garima garrett garry gary gaspar gaspare
gaston gastone gaurang gaurangi gaurav gauri gaurika gautam gautami gavin gayathri
gaylene gebhard geert geeta geetika gelsomina gema gemma gene genevieve genoveva
geoffrey georg george georges georgia georgina georgine georgios gerald geraldine
geraldo gerard gerardo gerd gerda gerdi gereon gerfried gerhard gerhardt gerhart gerhild
gerlind gerlinde german germana gernot gero gerold gerolf geronimo gerrit gert gerta
gerti gertraud gertraude gertraut gertrud gertrude gertrudis gervasio gerwin gesa gesche
gesine geza ghaalib ghaazi ghaffaar ghafoor ghaith ghalib ghanee ghanem ghannam ghasaan
ghassan ghauth ghawth ghayoor ghazalan ghazanfar ghazanfer ghazawan ghazi ghazzal
ghiyaath ghiyath ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf giacinto
giacobbe giacomo giada giampaolo giampiero gian giancarlo gianfrancesco gianfranco
gianluca gianluigi gianmarco gianna gianni gianpaolo gianpietro giel giesela gijs gil
gilbert gilberto gilda giles gilles gillian gina gino gioacchino gioachino gioele
gioffre gionata giorgia giorgio giosue giovanna giovanni girik girindra girish girolamo
gisa gisbert gisela gislinde gitta gitte giulia giuliana giuliano giulietta giulio
giuseppe giuseppina giustino glauco glen glenda glenn glenys gloria godofredo goffredo
gohar golnar gonul gonzalo gopal goran gordana gordon gottfried gotthard gotthilf
gotthold gottlieb gottlob gotz goyo grace gracia graciana graciano graciela graeme
graham grainne grant grayson graziano graziella grazyna greca greco greg gregg gregoire
gregor gregorio gregory greta gretchen grete gretel gretl griselda grit grzegorz
guadalupe guarino gudrun gudula guenter guenther guglielmo gugu gugulethu guido
guillaume guillermo guiomar guiseppe guiying gulab gulay gulfaam gulfam gulsen gulshan
gulten gulzar gunar gunbir gunda gundel gundi gundolf gundula guneet guney gunhild
gunnar gunter gunther guntram guoqiang gurdeep gurpreet gustav gustavo gustaw gusti guus
guusje guy gwendolyn ha ha-eun ha-yoon hadi hae-won haeun haewon hagen hai hailey hajo
hakan hakaraia hala haley halil halina hamid hamish hamsini hamza hana hanh hani hanife
hanlie hanna hannah hannchen hanne hanne-lore hannelore hannes hanni hanno hanns hanny
hans hans_dieter hans_georg hans_jorg hans_josef hans_jurgen hans_peter hans-adolf
hans-albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich
hans-eberhard hans-erich hans-friedrich hans-georg hans-gerd hans-gerhard hans-gunter
hans-gunther hans-heinrich hans-helmut hans-henning hans-herbert hans-hermann
hans-hinrich hans-joachim hans-jochen hans-jorg hans-josef hans-jurgen hans-karl
hans-ludwig hans-martin hans-michael hans-otto hans-peter hans-rainer hans-rudolf
hans-theo hans-ulrich hans-uwe hans-walter hans-werner hans-wilhelm hans-willi
hans-wolfgang hansgeorg hansjoachim hansjorg hansjurgen hanspeter hao haoran haoyu
harald hardik hardy harinakshi harini harish harita harjit harley harm harmony harnail
harold haroldo harper harpreet harri harriet harrison harro harry harsh harshil hartmut
hartmuth hartwig harvey hasan hassan hasso hatice haydee hayden hayleigh hayley hayoon
haytham hazeem hazel heather hector hedda hedi hedwig hedy heeni heide heide-marie
heidelinde heidelore heidemarie heiderose heidi heidrun heike heiko heimo heiner
heinfried heini heino heinrich heinz heinz_dieter heinz-dieter heinz-georg heinz-gerd
heinz-gunter heinz-gunther heinz-joachim heinz-josef heinz-jurgen heinz-otto heinz-peter
heinz-walter heinz-werner heinz-wilhelm heinz-willi helen helena helene helfried helga
helge heliodoro hella hellmut hellmuth helma helmar helmtrud helmut helmuth hema hemal
hemang hemangini hemani hemi hendrik henner henni hennie henning henny henri henriette
henrik henrike henry henryk heraclio herbert herberto heribert heriberto herlinde herma
hermann hermann_josef hermann-josef hermenegildo hermine herminia herminio hernan
hernando herrmann herta hertha herwig hiba hidde hilario hilary hilda hildburg hilde
hildegard hildegart hildegund hildegunde hilma hilmar hiltraud hiltrud hine hinemoa
hineroa hinewai hinrich hipolito hiral hirini hitesh hoang hoani hohepa holger hollie
holly holm hong honi honore hope horacio horst horst-dieter horst-gunter horst-peter
hortense hortensia hossein houkura howard hredhaan hritik hsin-hung hsin-i hsin-yu
hsiu-chen hsiu-chih hsiu-chin hsiu-chu hsiu-chuan hsiu-feng hsiu-hsia hsiu-hua hsiu-lan
hsiu-lien hsiu-ling hsiu-mei hsiu-ying hsiu-yu hsiu-yun hua hubert hubertine hubertus
huda hudson hugh hugo hugues hui hui-chen hui-ling hui-mei huia hulda hulya humberto
hung hunter huong husein huseyin hussein huy huzaifa hye-jin hye-won hyejin hyewon
hyun-jung hyun-woo hyunjung hyunwoo i-an i-chen i-ching i-chun i-fei i-hsiung i-hsuan
i-ting iain ian ibaad iban ibn ibraaheem ibraheem ibrahim ida idika idrees idris iesa
iese iftikhaar iftikhar ignacia ignacio ignacy ignatz ignaz ignazio igor ihab ihaia
ihsaan ihsan ihtesham ihtiram ihtishaam ihtsham ijaya ijli ikbal iker ikhlaas ikraam
ikramah ikrimah ikshita ilaisaane ilan ilaria ildefonso ildiko ileana ilhan ilias ilija
ilisapeci ilja ilka ilona ilonka ilse imad iman imaran imelda imke immo imogen imran
imre ina inaya indali indi india indie indira indrajit indy ines inga ingbert inge
ingeborg ingeburg ingelore ingetraud ingetraut ingmar ingo ingolf ingrid ingried inigo
inka inken inmaculada inna inocencio insa ioana ioane ioannis iolanda iona iosefa
ippazio ira irena irene irina iris irma irmela irmengard irmgard irmhild irmi irmingard
irmtraud irmtraut irmtrud irya iryna isa isaac isabel isabela isabell isabella isabelle
isaiah isaias isaura ise isha ishaan ishani ishanvi ishita ishwar isidor isidora isidoro
isidro isikeli isis isla ismael ismail ismet isobel isolde israel issa istvan itziar
ivan ivana ivanka ivo ivonne ivy iwan iwo iwona izaaz ize jaabir jaafar jaan jabbaar
jabir jabr jabulani jacek jacinta jacinto jack jackie jackson jaclyn jaco jacob jacobo
jacobus jacopo jacqueline jacques jad jade jadwiga jae-hyun jae-won jaehyun jaewon jafar
jafet jaffer jagat jagdish jagrati jagvi jahangir jahanzeb jahdami jahdari jahiz jahm
jai jaime jairaj jake jakob jakub jalaal jalal jalees jalil jalsa jamaal jamaal_udeen
jamal jameel james jamie jamie-lee jamie-leigh jan jan-peter jana janaki janani jane
janet janett janette janice janin janina janine janko jann janna janne jannie janos
januja janus janusz janya jaqueline jared jari jarlath jaroslav jaroslaw jarrod jasmijn
jasmin jasmina jasmine jasmit jason jasper jaspreet jatin javi javier javiera jaxon jay
jayda jayde jayden jaylinn jayne jayson jean jeanette jeanne jeannette jeannine jedrzej
jeet jeevika jeff jeffery jeffrey jelena jelle jelte jemma jen-chieh jena jenaro jenna
jenni jennifer jenny jennylyn jens jens-peter jens-uwe jente jeremi jeremiah jeremias
jeremy jericho jermaine jerome jeronimo jerry jerzy jesper jesse jessica jessie jessika
jesus jesusa jet jhalak ji-ho ji-hoon ji-hye ji-min ji-woo ji-yeon jia jian jianguo
jiayi jie jihad jiho jihoon jihye jill jillian jim jimena jimin jimmy jin-woo jing
jinthe jinwoo jip jiri jiwoo jiyeon joachim joan joana joann joanna joanne joaquin
joaquina job jobst jocelyn jochem jochen jodi jodie jody joe joel joelle joep joerg joey
johan johann johanna johanne johannes john johnathan johnny jolanda jolanta jolanthe
jolene jolie jolijn jomar jon jonalyn jonas jonatan jonathan jonathon jone joon-ho
joonho joost jordan jordana jordi jordon jordy jorg jorg-peter jorge jorgen joris jorja
jorn jort jose jose_angel jose_antonio jose_carlos jose_francisco jose_ignacio jose_luis
jose_manuel jose_mari jose_maria jose_miguel jose_ramon josef josefa josefina josefine
josep joseph josephine josette josh joshua josiah josip jost josue jovan jovita joy
joyce jozef juan juan_antonio juan_bautista juan_carlos juan_francisco juan_jose
juan_luis juan_manuel juan_pablo juana juanita juanito jude judith judy juergen jui-en
jules julia julian juliana juliane julianna julie julie-anne julien julieta juliette
julio julio_cesar julita julius juliusz jun june jung-ho jung-hua jungho junjie jurgen
juri jurij jurre justin justina justine justus justyna jutta juul jyoti kaamil kaashif
kaazim kabeer kabir kachela kacper kaea kafeel kahu kahurangi kai kai-hsiang kai-uwe
kaia kaiser kaitlin kaitlyn kaja kajetan kajji kala kalbi kaleb kaleem kaleema kalina
kalolaine kalpit kamal kamala kamil kamila kamran kamya kane kara karaamat karam karan
kareem karen kari karim karin karina karl karl_heinz karl-august karl-dieter karl-ernst
karl-friedrich karl-georg karl-hans karl-heinrich karl-heinz karl-hermann karl-josef
karl-jurgen karl-ludwig karl-otto karl-peter karl-werner karl-wilhelm karla karley
karlfried karlheinz karlijn karol karola karolin karolina karoline karsten karyn kasam
kashan kashif kashish kashvi kasim kasimir kaspar kata katalin katarina katarzyna kate
katelyn katerina katharina katharine kathe katherina katherine kathi kathleen kathrin
kathryn kathy kati katie katie-louise katja katrin katrina katy kauri kauthar kavita
kavya kawkab kawthar kay kay-uwe kayden kaye kayla kaylee kayleigh kaysan kazi kazim
kazimierz kealan keano keanu keegan keelan keely keeva keira keith kelera kelli kellie
kelly kelly-anne kelly-marie kelsey kelvin kemal kenan kendra kenneth kent keri kerri
kerrie kerry kerstin kevin keya keyaan khaalid khaan khadija khalid khanyisile khloe
khoa kiaan kian kiara kick kiera kieran kike kiki kilian killian kim kimberley kimberly
kingston kira kiran kirby kiri kiritapu kirk kirsten kirstie kirstin kirsty klaas klara
klare klaudia klaus klaus_dieter klaus_peter klaus-dieter klaus-gunter klaus-jurgen
klaus-michael klaus-peter klaus-ulrich klaus-werner klemens klothilde knud knut kobus
koen konrad konstantin konstantinos konstanty konstanze kora korbinian kordula kori
korinna kornel kornelia kornelius kourosh kreszentia kreszenz kriemhild krish krisha
krishna krista kristen kristi kristian kristiane kristie kristin kristina kristine
kristopher kristy kritika krystal krystian krystyna krzysztof ksawery kuan-hung kuan-lin
kuan-ting kuan-yu kuldeep kunibert kunigunda kunigunde kuno kuo-hsiung kuo-hua kuo-jung
kura kurt kurtis kyan kyano kyara kyla kyle kylie kyra kyung-hee kyunghee laban labeeb
labib lacey lachlan ladislaus ladli laeeq laetitia lahiah laila laiq laith lajita lajlaj
laksh lakshit lakshmi lalo lam lambert lamberto lamis lan lana lance lando langalibalele
laoise laqeet lara larissa larry lars laszlo latasha lateef latif latoya latu laura
laure laureano lauren laurence laurens laurent laurenz lauretta laurie lavanya lavinia
lawrence layla layth lazaro lazzaro lea leah leander leandra leandro leanne lee leela
leena lei leif leigh leila leilani leire lekha lemalu lena lene leni lenn leo leocadia
leocadio leokadia leon leona leonard leonardo leoncio leone leonel leonhard leonid
leonie leonor leonora leonore leopold leopoldine leopoldo leroy lesieli lesina lesley
leslie leszek leticia letizia levi lewis lex leyla leyre li-chen li-chin li-ching li-chu
li-chuan li-hsiang li-hsueh li-hua li-ling li-mei li-yu li-yun lia liam liana liane
liban libby liberto libni licia lidia lidija lidwina lieke liesa liesbeth lieschen
liesel lieselotte lieve liezl ligaya ligia lihua lila lili lilia lilian liliana liliane
lilija lilla lilli lilly lilo lily limazah lina lincoln linda linde lindsay lindsey ling
linh linn lino linus lioba lipika lisa lisa-marie lisandro lisanne lisbeth lise
liselotte lisette lissi lissy litia liv livia livio liwia liyaaqat liyaqat liz liza lize
lizz lizzy ljiljana ljubica ljudmila lloyd lodovico loek loes logan lohit loida lois
lola lolita londisizwe londiwe loni lonnie loot lopa lope lorcan lore loredana lorena
lorenz lorenza lorenzo loreto loretta lori lorna lorraine losa losaline losalini losana
lose lot lothar lotte lotti louis louise lourdes lovely luay luc luca lucas luce luchino
lucho lucia luciana luciano lucie lucila lucinda lucio lucky lucrezia lucy ludger
ludmila ludmilla ludovica ludovico ludwig ludwina luigi luigina luis luis_angel
luis_miguel luisa luise luisina luitgard luka lukas luke luna lungile lupe lupita
luqmaan luqman lut lutf lutfi lutz luuk luyanda luz luzia luzie lwandile lydia lynda
lyndon lyndsay lyndsey lynette lynley lynn lynne lynnette lynsey lyudmila maahir maaike
maajid maalik maanas maanav maara maarten maartje maawiya maaz maazin mabad macarena
macaria macario macauley maciej mackenzie mad madani maddison madeleine madelief
madeline madhav madhavi madison madiyan madlen mads madyan maeve mafi mafileo magarete
magda magdalena magdalene maggie magnus magret magrit mahad mahaz mahbeer mahboob mahbub
mahdee mahdi mahdy maheen maher mahfooz mahfuj mahfuz mahi mahika mahja mahmood mahmoud
mahmud mahmut mahsa mai maia maik maike mairead mairtin maite maja majd majd_udeen majdi
majdy majeed majid makayla makeen makereta maks maksim maksymilian malachy malakai
malcolm malena malgorzata malia malik mallory malte malwina mamen mamun man manaaki
manaia manan manase manawa manbir mandla mandlakhe mandy manfred manja manola manolo
manon manpreet manthan manu manuel manuela manuelita manuka manus manya mar mara maraea
marama marc marcantonio marcel marcela marcelina marcelino marcella marcelle marcello
marcelo marcia marcial marciano marcin marcio marco marcos marcus mare maree mareen
mareike mareikura mareile marek maren marga margaret margareta margarete margaretha
margarethe margarita margaud margaux margherita margit margita margitta margot margret
margrit marguerite maria maria_angeles maria_belen maria_carmen maria_cristina
maria_del_carmen maria_dolores maria_fernanda maria_jesus maria_jose maria_luisa
maria_manuela maria_pilar maria_teresa maria-luise maria-theresia mariah mariam marian
mariana marianela marianna marianne mariano maribel marica maricel maricela maricruz
marie marie-claire marie-louise marie-luise marie-theres marie-therese mariechen mariel
mariele marieluise marietjie marietta marija marijan marijn marika marilou marilyn
marina marine marino marinus mario mariola marion marisa marisela mariska marisol
marissa maristela marit marita marites maritta marius mariusz marivic marjan mark marko
markus marleen marlen marlene marlies marliese marlis maroof mart marta marten martha
marthe martin martina martine martino martirio martyn marvin marwan mary maryam maryse
marzena mason massimiliano massimo mata mateo mateusz mathew mathias mathijs mathilde
matias matilda matilde matiu mato mats matteo matthaus matthew matthias matthieu
matthijs mattia mattias maud maura maureen maurice mauricio maurilio maurits maurizio
mauro maurycy max maxi maxim maxima maximiano maximilian maximiliano maximino maximo
maxwell maya mayte mcebisi mckenzie meabh meagan meaghan mechthild mechthilde mechtild
meena meera mees meg megan megha meghan meghana mehdi mehmet mei mei-chen mei-chu
mei-chuan mei-feng mei-hua mei-hui mei-lan mei-li mei-ling mei-ying mei-yu mei-yun meibh
meik meike meiling meinhard meinolf meinrad mekhala melania melanie melchor mele meleane
melina melinda melisa melissa melita melitta melle melody melvin meral mercedes merche
mere mereana meredith merel mereoni merijn merle mervyn meryem mesut meta metin mette
mi-kyung mi-rae mi-young mia micaela micah micha michael michaela michaele michail
micheal micheala michel michela michelangelo michele micheletto michelle michelotto mick
mieszko miguel miguel_angel miguela mihi mijo mika mikaela mikaele mikaere mikayla mike
mikhail mikyung mila milagros milan milena milica milka millie milo milos milou min
min-ho min-ji min-jun min-seo mina mindy minenhle ming ming-che ming-chu ming-hui
ming-hung ming-te ming-tsung minh minho minji minjun minna minseo miodrag mira mirae
miranda mirco mireia mirella miriam miriama mirja mirjam mirjana mirko miroslav miroslaw
miroslawa mirta mirte mirthe misty mitali mitchel mitchell mitesh miyoung mizhir
mlungisi mnqobi moana modesta modesto mohamed mohammad mohammed mohan mohini moises
mollie molly mona monica monika monique monja montserrat morena moreno morgan moritz
morris mosese mostafa mourib mthokozisi mugdha muhallil muhammad muhammed muharrem
muhazzim murat murray musa mustafa muzaffer muzdahir muzhir mya mykola mylene myles
myriam myrthe mzamo na naadir naail naajy naasih naasir naathim naazhim nabeeh nabeel
nabhan nabigh nabih nabil nachiket nacho nacio nada nadeem nadeschda nadeshda nadhir
nadia nadim nadin nadine nadir nadja nadr naeem nafasat nafees nafesa nafis naib nail
naim najair najam najeeb najwa naksh nakul nam nancy nandini nando nanni naoimh naoise
naomh naomi napoleone narcisa narciso nasrin nasser natali natalia natalie natalija
natalio natalja natalya natan natanael nataniel natascha natasha natasza nate nath
nathalie nathan nathaniel natividad naud naveen navid navjot nayara nazaret nazario
ndumiso necati nedda neel neelima neha neil nela nelida nelli nelly nenita nerea nereida
nermin nestor netra nevaeh nevenka neville ngaa ngahuia ngaio ngaire ngametua ngarangi
ngaroimata ngoc nhat nhien nhlanhla nia niall niamh nicanor niccolo nichola nicholas
nichole nick nico nicodemo nicola nicolai nicolas nicolasa nicolaus nicole nicoletta
nicolo nidhi nidia nidra niek niels nienke nieves nigel nihal niharika nikau nikhil
nikita nikki niklas niko nikodem nikola nikolai nikolaj nikolaos nikolas nikolaus nikora
nilda nilima nilo niloufar nils nimrat nina ninetta nino ninthe nirja nisa nisha nitara
nitesh nixon nizar njabulo nkazimulo noa noah nobantu nobuhle noe noel noelia noelle
noemi nokulunga nomagugu nomalanga nomasonto nomathalente nomathemba nomcebo nomthandazo
nomusa nomvula nonhlanhla nonjabulo noor noortje nora norah norbert norberto norma
norman notburga nothando noud nour nout nova noxolo nozibusiso nozizwe nqobizitha nuala
nuran nuray nurettin nuri nuria nurten nydia nynke obaid obdulia oceane octavia octavio
oda odalis odalys odette odhran odika oeshi ofa ofelia oisin ojas ojasvi oksana olaf
olalla olav ole oleg olegario olena olga olgierd olimpia olive oliver olivia olivie
olivier oliwier olwethu omair omaja omar omeir omisha omkaar omran omya oni onkar onofre
onveer oonagh oran orazio oreste orfhlaith orhan oriana orinder orla orlagh orlaigh
orlaith orlando ornella ortrud ortrun ortwin osama oscar osha oskar osman ossama osvaldo
oswald oswin otfried othmar otilia otmar ottavio ottfried ottilie ottmar otto ottokar
ottomar ottone ovidio oviya owais owen owethu oxana pablo paca pacifica paco padraic
padraig padraigin pahal pai-han pai-hung pai-jui pai-lin pai-yen pai-yu paige pallavi
palmira paloma pam pamela pancho panfilo pania panini pao-chu paola paoletta paolo paora
paretapu paride paris parisa parker parminder parsa parth parvez pascal pascale pascual
pascuala pasqual pasquale pastor pastora patric patrice patricia patricio patrick patrik
patrizia patrizio patryk patty paul paul-gerhard paul-heinz paula paulette paulina
pauline paulino paulo pauric pavani pavel pawel payton paz peadar pearce pearse pedro
peer peggy pei-shan pelayo pellegrino penelope peng penisimani penny pepe pepijn pepita
pepito perla perlita pero perry pervaiz petar peter peter-michael petra petrona petros
petrus peyton phileine philip philipp philippa philippe philippine phillip philomena
phoebe phoenix phuc phuong phyllis pi-chu pi-hsia pi-yun pia piaras piedad pien pier
pierangelo pierce piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo
pierre piersanti pieter pietro pilar pili pim pin-jui pin-yen pin-yu pina ping pio piotr
piper pippa piripi pirmin pisila pita pius placido pleun plinio po-wen polina polly
pompeo pomponio poncio pooja poppy porfirio pounamu pradeep pranav praneel pranit
pratyush preston primitiva primitivo priscila priscilla prisha priska priya prudencia
prudencio puccio puck puk pule purificacion pushti qaadir qaasim qabeel qabil qadar
qadeer qadi qadim qahtan qaim qais qamar qani qanit qareeb qarin qaseem qasid qasif
qasim qatadah qawee qay-yoom qays qiang qing quadir quang qudamah quddoos qudoos quentin
quincy quinn quinten quinty quique quirino qurban qusay qushi qutaybah qutb qutub
raaghib raagini raahil raakin raamis raamiz raashid raatib rabah rabar rabb rabbaanee
rabbani rabea rabee rabiah rabit rachael rachana rachel rachelle rachit rachita radha
radhee radhika radi radmila raed raees raewyn raf rafa rafael rafaela rafan rafay rafee
rafeek rafeeq raffaele raffaella raffaellino raffaello rafi rafiq raghav ragheb raghib
rahat raheel raheem rahel rahera rahul raid raik raimondo raimund raimundo rainer raisa
raissa rajata rajesh rajeshri rajinder raksha ralf ralf-dieter ralf-peter ralph ramazan
ramesh rami ramiro ramon ramona rana ranbir randall randolf randy rangi rania ranieri
ranveer raphael raphaela raquel rasha rashid ratu raukura raul raven ravi rawiri ray
rayaan rayan raymond raymund rebeca rebecca rebekah rebekka recep reece reem regan
regina reginald regine regulo rehaan reimar reimer reimund reina reinald reinaldo reiner
reingard reinhard reinhardt reinhart reinhild reinhilde reinhold rembrandt remedios
remigio remo remy rena renata renate renato rene renee reni rens renske renzo resi
reuben reva rewi rex reyansh reyes reyna reynaldo reza rhea rhian rhianna rhianne
rhiannon rhonda rhys ria riaan rian ricarda ricardo riccardo ricciotti richard rick
rickey ricky rico ridhi rigo rik riki riley rima rishi rita riya riza rizalino roan
robbie robby robert roberta roberto robin robyn rocco rochelle rochus rocio roderich
rodney rodolfo rodrigo rogelio roger rohaan rohan roise roisin roksana roland rolando
roldan rolf rolf-dieter rolf-peter roman romana romeo romina rommel romolo romuald
romulo romy ron ronald ronaldo ronan rongo ronith ronnie ronny roos roque rory rosa
rosa_maria rosa-maria rosalia rosalie rosalina rosalinda rosalinde rosalva rosaria
rosario rosaura rose rose-marie roseanna rosel roselinde rosemarie rosemary rosenda
rosendo rosi rosie rosina rosita rosl rosmarie ross rossana roswita roswitha rotraud
rotraut rouven rowan rowena roxana roy roya roza rozalia ruairi ruan ruari ruba ruben
ruby rudi rudiger rudolf rudolph rudra rufina rufino ruggero ruggiero rui ruihi ruoxi
rupert ruperta ruperto rushil russell rusul ruth ruthild ruwaihim ruy ryan ryder ryszard
s'fiso saabir saad saadat saadiq saafir saahir saaiq saajid saal saalih saalim saanvi
saaqib saar saariyah sabah sabahat saban sabas sabatino sabbir sabeeh sabil sabina
sabine sabiq sabir saboor sabri sabrina sabur saburah sacha sachi sad sadan sadaqat
sadeed sadie saeed sahar sahin sai saia said saim sainimili sair sairah saksham salih
salim sally salma salome salomon salote salud salvador salvatore salvi sam samaksh
samama samanta samantha samar samarth samesh sami samir samira samoa samu samuel sanaya
sancho sandalio sandeep sander sandile sandor sandra sandro sandy sang-min sangmin
sanjay sanne sante santiago santino santos sanya saoirse saood sara sarah sarah-jane
sarah-louise sarina sarita sarthak sasha saskia sathvik saturnina saturnino saul saumya
savannah saverio scarlett schalk scot scott seamus sean sean-paul seana seanan seaneen
seanna sebastiaan sebastian sebastiano sebastien sedat sefa sefina sefo sefulu
segismundo sela selena selim selina selma sem semi semisi semra senn senna senol senta
seo-ah seo-jun seo-yeon seoah seojun seona seoyeon sep sepp serafina serena serge sergei
sergej sergey sergio sergius serpil seru setareki seth seung-hyun seunghyun seve
severiano severin severino severo sevim shakira shalini shane shania shanice shanna
shannan shannen shannon shari sharlene sharon shaun shauna shauneen shaurya shawn shawna
shay shayne shea sheena sheila shelby shelia shelley shelly sheng-hsiung sheree sheri
sherri sherry sheryl shih-chang shih-han shih-ming shirin shirley shivani shivansh shona
shravya shreya shu-chen shu-ching shu-chuan shu-fang shu-fen shu-hua shu-hui shu-ling
shu-mei shu-min shufen si-woo sian siaosi sibel sibilla sibille sibonelo sibongile
sibusisiwe sibusiso sibylla sibylle siddharth siegbert siegfried sieghard sieglinde
siegmar siegmund siegrid siegried siegrun siegward siem sienna sierra sigfrido sigfried
sigismund siglinde sigmar sigmund sigrid sigrun sigurd sihawukele sil silja silke
silondile silva silvana silvester silvestre silvestro silvia silvio simon simona simone
simonetta simphiwe simphiweyinkosi simran sina sinaida sinead siobhan siofra sione
siosaia siphesihle sita sitani sithembiso sitiveni siwoo siya siyabonga siyu sjoerd skye
skyla skylar slavica slavko slawomir slobodan sneha so-yeon soane socorro sofia sofie
sol sole soledad solveig songul sonia sonja sonke sonya soo-jin soo-min soojin soomin
sophia sophie sophie-louise soraya sorcha soren sosimo souma soyeon spencer sphiwe
ssu-yu stacey stacie stacy stan stanislaus stanislav stanislaw stanley stavros stef
stefan stefani stefania stefanie stefano steffen steffi stella sten stephan stephane
stephanie stephen sterre steve steven stewart stijn stilla stjepan stuart su-chen
su-chin su-ching su-chu su-jin su-lan sudiksha sue suhani sujin sukhdeep sukru suleyman
summer sun-hee sung-ho sung-min sungho sungmin sunhee sunita suresh susan susana
susanita susann susanna susannah susanne suse susi suus suzanne suze svea sven svenja
svetlana swantje swati swen swetlana sybilla sybille sydney sylke sylvana sylvester
sylvia sylvie sylvio sylwia szymon taahaa taahir taaj taalib taamir taanish taariq taban
tabassum tabea tabish tabitha tadeen tadeo tadeusz tafazal taha tahaw-wur tahawwur
taheem tahir tahmaseb tahmeed tahmid tahoor tahseen tai taial taimur taine taisir taj
tajammal tajammul tajudinn tala talal talat talha talhah tali talib tama tamam tamanna
tamara tamati tamer tami tammie tammy tanay tane tangaroa tangi tania taniela tanish
tanja tanmayi tanner tanveer tanvi tanya tao tara tarak taras tarfaan tariq tasha tasi
tassilo tatiana tatjana tauira tavita tawhiri tawkeel tayla taylor te_ariki te_ataakura
te_koha teariki tecla teerth tegan teina tejas telemaco telmo telse temistocle teo
teobaldo teodora teodoro teodosio teofila teofilo tepaeru tere terence teresa teresita
terina terrance terrence terri terry tertius tess tessa teuila teun tevita tevite
thabani thabisa thabisile thaddaus thalente thandazile thandeka thandiwe thando thanh
thao thea theda thekla thembeka thembekile thembile thembisile theo theobald theodor
theodora theodore theodoros theophile theres theresa therese theresia thibault thibaut
thierry thies thijmen thijn thijs thilo thinus thom thomas thoralf thorben thorsten
thuthukile tia tiaki tiana tiare tiarna tiarnan tibor tiburcio tiegan tiernan ties
tiffany tijmen tijn tijs till tillmann tilly tilman tilmann tilo tim timm timo timoci
timoteo timothee timothy tina tino tipene tirdad tirza tishk tito tiziana tiziano tobias
tobiasz toby todd tola tom tomas tomasa tomasi tomasz tomislav tommy toni tonia tonicha
tonino tono tony tonya toralf torben tori toribio torquato torsten tory tracey traci
tracie tracy traude traudel traudl traugott traute travis trent trevor tricia trini
trinidad trinity tripti tristan triveni triya trong troy trude trudel trudi trung
tsung-han tsung-hsien tsung-lin tsung-ming tuaine tui tulay tullio tung tupou turkan
turvi twan tycho tygo tyla tyler tymon tymoteusz tyrone tyson tzu-chen tzu-ching tzu-en
tzu-han tzu-hao tzu-hsiang tzu-jui ubaadah ubadah ubaid ubaidah ubaldo ubay ubayd
ubaydullah uberto ubika ucchal udant udarsh udo udyati ugo ugolino uhban ulf ulfat uli
ulises ulla ullrich ulrich ulrike umaarah umair umang umar umberto una unaisi undine
unnati unni upadhriti upasna upkaar upma urban urbano urishilla urmi urrab urs ursel
ursula urszula urte urvashi urvi uschi uta ute utkarsh utz uwe vadim vahar vailea
vaishnavi vajen valentijn valentin valentina valentine valeri valeria valerie valerij
valerio valero valeska vamakshi van vanesa vanessa vansha vanya varenya varsha vasana
vasatika vasco vasemaca vassilios vasudha vaughan veda vedant vedhika vedika veer veerle
veit veli venancio venceslas vera verena vernon veronica veronika veronique vesna
vicenta vicente vicki vickie vicky victoire victor victor_manuel victoria victoriano
victorino vidal vidhi vigo vihaan vijay vika vikram viktor viktoria viliame viliami
vilimaina vilisoni vilma vinaya vince vincent vincentio vincenza vincenzo vinicio vinko
vinzenz viola violet violeta violetta viraj virgilio virginia virginie viridiana
visitacion vitali vito vittoria vittorio vitus vivaan viviana viviane vivienne vladimir
vlado volker volkhard volkmar vrinda vrishti vritti vusumuzi vyanjana waahid waail
waajid wadee wadi wadood wafa wafeeq wafi wafiq wahab wahb wahban waheed wahhaab wahhaaj
waida waimarie wairangi wairua waisake waisale wakeeta walburga waldemar waldtraut
walentina walfried walid walli wally walter walther waltraud waltraut waltrud wan-ting
wanda warda warhi warinder warjas warren warwick watika wayne wazir wei wei-ting
wen-chang wen-cheng wen-chieh wen-chin wen-chung wen-hsiang wen-hsien wen-hsiung wen-hua
wen-lung wen-pin wencke wendelin wendy wenke wenzel wera werner wesley wessel whetu
whitney wibke widisha wiebke wieland wieslaw wigbert wikitoria wiktor wikus wilfredo
wilfried wilfriede wilhelm wilhelmine willem willfried willi william willibald willibert
willie willow willy wilma wilna wiltrud winfried wiremu wishi witold wladimir wojciech
woldemar wolf wolf-dieter wolf-dietrich wolf-rudiger wolfgang wolfhard wolfram wout
wouter wriddhish wridesh wu-hsiung wulf wyatt xalak xaver xavi xavier xenia xia xiang
xiaohong xiaoli xiaoming xiaowei xiaoyan ximena xin xinyi xiomara xiti xiulan xiuying
xobeen xuan ya-chu ya-hui ya-ling ya-ping ya-ting ya-wen yaaseen yachana yadavi yadid
yafi yafir yaghnam yagnesh yago yahvi yahya yahyaa yaiza yaman yamar yameen yamini yan
yang yaqeen yaqoot yaqub yar yara yasaar yaseen yasemin yash yashasvi yashawini yashem
yashica yashoda yashodhara yashvi yasin yasir yasmin yasmine yasser yassin yasti yatan
yathrib yatin yauvani yawar yawer yazan yazeed ye-eun ye-jin yeeun yejin yen yen-ting
yeon-woo yeraz yergha yesenia yesica yesoob yessica yfke yi yilmaz ying yinthe yochana
yolanda yong yoon-seo yoonseo yoshita young-ho youngho yousef youssef yu-chen yu-chin
yu-en yu-fei yu-feng yu-hsiang yu-hsuan yu-lan yu-ling yu-mei yu-na yu-ting yu-tung
yu-ying yueh-o yueh-tung yueh-ying yug yuhang yulia yuling yun yun-fei yuna yung-chang
yung-ching yureed yuri yusuf yutika yuting yutong yuvraj yuxuan yves yvette yvonne
zaafir zaahid zaahir zaakir zabir zac zacarias zach zacharie zachary zackariya zaeem
zafar zafeer zafir zafrul zahaar zaheer zahi zahir zahra zahri zahrun zahur zaib zaid
zaida zainab zaira zaitra zak zakaria zakhele zane zansi zara zarar zarna zashil zauqi
zaweel zayan zaynab zayyan zayyir zbigniew zdenka zdravko zehaan zehra zeina zeki zelda
zeljko zenaida zenon zenta zenzele zenzile zerdad zewad zeynep zhen zhihao zhiwei ziad
zibuyile zihan zilmil zimo zimran zinal zinhle zion zita ziyad zlatko zoe zoey zofia
zoltan zoraida zoran zuwayhir
"""

FAMILY = """
's_gravensande aaaqil aabid aadam aadil aalam aalts aamil aamir aamirah aarden aarif
aariz aarts aasif aasim aatiq aazim abaan abad abascal abatantuono abate abba abbagnale
abbott abdullah abella abellan aberhart abril accardo acedo acerbi acero acevedo acharya
achison ackermann acosta acuna adadia adam adams adan adelaar adinolfi adkins adler
adolph adriaansen adriaensdr adriaense adryaens aeije aelftrud_van_wessex aertsz
afamasaga agarwal agate agazzi aggarwal agnesi agnew agostinelli agostini agrawal aguado
agudo aguila aguilar aguilera aguilo aguirre agullo agusti agustin ahearn ahearne ahern
aherne ahluwalia ahmadi ahmed ahn ahuja ainsboro aitken ajello akhtar al-amin al-hassan
al-rashid al-sayed alamo alarcon alba alberdi albero alberola albers albert albertini
alberto alboni alcala alcalde alcantara alcaraz alcazar alcolea aldobrandi aldridge
alegre alegria aleman alemany alexander alexandre alfaro alfieri alfonsi alfonso ali
aliaga alighieri allain allan allard allen aller allerby allis allison almagia almagro
almansa almazan almeida aloisio alonso alonzi alpaidis alsina altera alvarado alvarez
alvaro alve alves amador amahle amaldi amalrada amat amato amaya amble amigo ammaniti
amo amor amores amoros an anand anastasi anaya anders andersen anderson andile andra
andrade andre andreotti andreozzi andres andreu andrew andrews anele angel angeli
angiolello anglada anguillara anguissola anguita angulo angus anichini anne annsboro
ansboro ansems antelami anthony antoine anton antonacci antonelli antonello antonetti
antonini antonioni antonucci antunez aparicio aporti appelman apte aquino aragon
aragones aramburu arana aranda araujo arce archer arco arcos arellano arenas arens arent
arevalo argan argentero argenti argento argurio arias ariasso ariens ariens_ansems arino
ariosto ariza arjona armani armas armellini armengol armstrong arnaiz arnal arnau arnaud
arnold arnott aroca arora arranz arregui arribas arrieta arroyo arteaga arthurs artigas
arts arya aryan aschman asenjo asensio ashe ashley ashman ashton asmundo asprucci
atchison atienza atkins atkinson atwal atzler au aubert aubry auch_schlauchin auger
aulenti aumann aumua auraq aurora austermuhle austin avery avila aviles avogadro awadil
awamil awani awj awmar ayaan ayala ayamin ayanda ayers ayize ayllon aylward ayuso ayyubi
azban azcona aziz aznar azorin baaqir baaree baashir baasim baasit babar babati babato
babbo babu bachmann backer bacosi badal badami badia badoer badoglio badr_udeen bae baek
baena baez baeza baggio baglioni bahl bahr bahri bai bail bailey bailly bains baird
bajaj bajamonti bajardi bajwa baker bakker bakshi bal bala balaguer balakrishnan balan
balasubramanian balay balbi balbo baldick baldwin bale baleegh bali ball balla ballard
ballester ballesteros balotelli bambad bandello bandeville bandi banerjee banik banks
bann bannon banos bansal bantwini banville baquero baracca barad barajas baral barba
barbarigo barbe barber barbera barberini barbero barbier barcaccia barcella barcelo
barcena barco barents barer barese baresi baria barillaro barker barkholz barlow barman
barnes barnett barneville baro baroffio baron barozzi barr barracco barragan barral
barranco barraq barre barreda barrena barrera barrett barriga barrio barrios barrnette
barron barros barroso barry barsanti bartels barth barthelemy bartlett bartley bartoli
bartolome barton bary barzini bas basaam basadonna basak baseer bashaar bashaarat
basheerah bass bassett bassi basso bastiaanse bastiaense bastida basu bataglia batal
batalla batchelar bates bath batlle batool batra batta battaglia battelli battisti
baudry bauer baum bautista bauza bava bave bawa baxter bayeni bayo bayon bayona bazin
bazzi beakey beal beale bean beard beasley beasty beattie beatty beccaria beccheria
becerra becht beck becker beckmann bedi beekman beer beernink beffa beggan beggs begley
begue begum behan behl beier beijring beirn beirne bejarano bekbergen belda bele bell
bellemans belletini bellido bellini bello bellocchio bellucci belmonte belpere belton
beltran bembo ben benard benavent benavente benavides bender benedetti benet benigni
benitez benito benjamin bennet bennett benoit benson benthin bentley benton benussi
beourgeois bera berends berendse berengario berenguer beresford berg berger bergin
bergoglio berkahn berlusconi bermejo bermingham berminghim bermudez bernaards bernad
bernal bernard bernardi bernardini bernat bernetti berney bernie bernier bernini berre
berrocal berry bersani berthelot bertho bertin bertoli bertolucci bertoni bertran
bertrand besnard besson best bettin bettoni bevan bevilacqua beyer bezemer bhagat bhakta
bhalla bhandari bhardwaj bhargava bhasin bhat bhatia bhatnagar bhatt bhattacharyya
bhatti bhavsar bhebhe bhedleni bhejelibomvu bhembe bhengu bhensela bhovungana bhungane
biagi biagiotti bianchi bianchini bibi bien bierstraten biesty biggen bignami bignardi
bigot bijlsma bikelwayo bikwayo bilaal bilbao billung binaghi binda binner bir birch
bird birmingham birnbaum bishell bishop biswas bixio biyase biyela bizhan blaak black
blackburn blackwell blair blake blanc blanca blanch blanchard blanche blanchet blanco
blanes blankenship blasco blasi blazquez blees bleijenberg blevins blewanus blick blin
bloch bloemendaal blokland blom blondel blonk blose blot blumel boada boaga boase bobal
bocca boccaccio boccherini boccioni bocelli boddaugh bodin bodkin bodoni boer boers
boeser boetet boezio bogan bohan bohlander bohnbach boiardo boitani boito boix bokenkamp
boland bolander bolanos boldu boles bolger bolkesteijn bolnbach bolton bolzmann bombieri
bompiani bonanno bonar bonatti bonaventura bonbach bond bondarenko bondumier boner bones
bonet bongiorno boniface bonilla bonino bonneau bonner bonnet bonnin bonolis bonomo
booden boogaerts booker boon boone booth bophela bora borah borde boreland borghese
borgia borja borland borman borner borra borrani borras borrego borrell borromeo
borromini borroni borsellino borsiere borzomi bos bosch bose bosio bosman bossi bosurgi
botella botham botta bottaro botticelli bottigliero bou boucher bouchet boucsein
boudewijns bouhuizen boulanger boulay bourdon bourgeois bourke bousquet bouthoorn boutin
bouvet bouvier bouwhuisen bova bowater bowden bowe bowen bowers bowler bowles bowman
boyabenyathi boyce boyd boyer boyko boylan boyle boyse bradden bradford bradley bradshaw
brady bragadin bragaglia brahmbhatt bramante brambilla branaola brancaccio branch
branciforte brandon brands brandt brannelly brar brassil braun bravo bray bree breen
breheny brenna brennan bresciani brese breslin bresnehan bresse breton brett
breugelensis brewer briand briccialdi brichese brick bridge bridges bridson briemer
brien briere brievingh briggs bright briody briones brisee brislane brizee brock
broderick brody broeckx broeders broek broekhoven broeshart brogan broggini bronder
brookes brooks brophy broschi brosnan broughan brouwer brown browne browning broy bru
bruce bruder bruen bruggeman brugman brugnaro bruijne_van_der_veen brumleve brun bruneau
brunel brunelleschi brunello brunet bruno bruscantini bruton bruynzeels bryan bryant
bryson buch buchanan buchholz buck buckley bud budig buendia bueno bui buick buijs
buisson bukhosini bull bullock bulzoni bumb buonauro buraid burcardo burch burchill
burgess burgos burke burnett burns burr burrell burrows burt burton buscetta bush busoni
busquets bustamante bustos butala butcher butler butselaar butte buttimer buttimore byrd
byrne byrnes caballero cabanas cabanillas cabello cabeza cabezas cabibbo cabo caboto
cabrera cabrero cabrini caccianemico caccioppoli caceres cadden caddow cadefau cadenas
cadogan cadorna caetani cafarchia caffarelli cafferkey cafferky cafferty caffrey cagney
cagnin cagnotto cahalane cahill cahillane cahir cai cain caine cainero cairn cairns
caironi cal calarco calatayud calbo calderon caldwell calgari calhoun callaghan callahan
callan callanan callegari callegaro calleja calligan callinan cally caluza calvet calvey
calvo calzada camacho camanni camara cameron camicione camilleri camino camiscione
cammarata cammel campanella campano campbell campillo campise campo campos campoy camps
camuccini camus canales canali canals canas canavan canellas canet canete canetta
canevascini canil canizares cannan canniffe canning cannizzaro cannon canny cano canova
canovas cant cantero cantimori canton cantrell cantu cantwell cao caparros capdevila
capecchi caplis capone cappelli capples capua capuana caracciolo carbajo carballo
carbery carbo carbonell cardano cardenas cardona carducci carey carfagna carleton carley
carli carlier carlin carlos carlson carmody carmona carnera carnero carney carnotte caro
carocci carolan caron carosone carpaccio carpenter carpentier carpio carr carragher
carranza carrasco carre carreno carrera carreras carretero carriera carrig carrigan
carrigy carrillo carrion carro carroll carry carson carsten carter carthy carton
cartwright carty carullo caruso carvajal carville casadei casado casagrande casal casale
casaleggio casalodi casals casanova casanovas casares casarin casas case casellati cases
casey cashen cashman casini caspar cassara cassen casserley casserly cassidy cassin
castaneda castejon castell castellanos castelli castellitto castello castells
castiglione castilla castillo castioni castrillo castro catala catalan catalano
catenazzi cattaneo cattigan cauley caulfield cavalcanti cavanagh cavanna cawley cazorla
cebekhulu cebisa ceci celentano cendron cenge cepeda ceravolo cerda cerdan cerezo ceri
cerquiglini cerro cerutti cervantes cervera cesaroni cesarotti ceschi cespedes cha
chacko chacon chad chada chadha chadwick chagwe chahal chakrabarti chakraborty chamane
chamberlain chambers chamorro chan chana chand chanda chander chandler chandra chandran
chaney chang chao chaparro chapman char charles charlton charon charpentier charrier
chartier chase chatterjee chaudhari chaudhary chaudhry chaudhuri chaudry chauhan
chauveau chauvet chauvin chaves chavez chawla checa chechi cheda cheema chen cheng
cherian cherry cherubini cheung chevalier chevallier chevresson chhabra chi chia chiang
chiao chiappetta chiaramonte chibi chibini chico chieh chien chiesa chigi chih chiliza
chin chindamo ching chinnici chittolini chiu cho choi chokshi chonco chopra chotzen chou
choudhary choudhry choudhury chow chowdhury choy chretien christensen christian
christiansen christie christoph christopher chrodtrud chu chua chuan chuang chueh chung
church ciampi cianciolo ciani cibane cibin cicala cichorius cicilia cid cifuentes
cignaroli cilea cilibrasi cimarosa cimini cipolla cisneros civaschi claassen claesdr
claesner clafferty claffey clair clancy clare claridge clark clarke classon clavero
clavin clay clayton clear cleary clement clemente clements clenaghan clerc clerkin clery
clifford cline clinten clinton clogherty cloherty clohessey clohessy cloney cloonan
cloone clooney clune clunies-ross coady coakley coardi coates cobb cobo cobos coca cocci
cochran cociarelli codina cody coello coen coenen coffey cogan cogley cohalan cohen
coholan colas cole coleman coles coley colfer colgan colhoun colin coll collado collen
colleneler colleran collet colletti colley collier colligan collin collina collinder
collins collis collodi colly colom coloma colomer colon colreavy colum columbo comar
comas comber combi comboni combre combs comencini comer comerford comeriato comisky
comisso commins comolli company compton comyn conaty conboy concannon conde condoleo
condon condren condron conefrey conesa conlan conley conlon conmee conmy connachton
connaghy connaughton conneeley conneely connell connellan connelly conner connery
connole connolly connor connors conole conrad conradi conree conroy conry considine
contarini conte conti contractor contrafatto contreras convey conway conwell coogan cook
cooke cooksley coolahan coolen cooley coonan cooney cooper copeland coppola corbacho
corbett corbo corcoran corcos cordero cordier cordoba cordova corduff coret coret-coredo
coreth_von_und_zu_coredo_und_starkenberg corish corkery corless corlett corley cormack
cormican cormick cormy cornejo cornelisse cornelissen cornelisz corominas coronado corr
corradi corral correa correr corridan corrigan corry corstiaens cortes cortese cortez
cortina cosgrave cosgrove cosman cossiga costa costalonga costanzi coste costello
costelloe costigan cotter coughlan coulon counihan courcey cournane courtenay courtier
courtney courtois cousin cousins coutts couturier cowan cowely cowen cowley cox coyle
coyne cozar cragg crahan craig craine crampsey crampsie crane crangle cranley cranly
craven craw crawford crawley crean creed creedon cregan crehan cremin cremonesi crespi
crespo cresswell criado cribbons crilly crimmins crinion crisafulli crispi cristoforetti
croad croal crohan crolly cronelly cronin cronly crosbie crosby cross crossan crota
crotty crowe crowley crudden cruise cruz cryan cuadrado cuda cuddihy cuellar cuenca
cuervo cuesta cueto cuevas cuffe cugia cui culhane cullen culligan cullinan cullinane
culloty cully cumiskey cumisky cumming cummings cummins cummiskey cummisky cundari
cunnane cunneen cunningham cunny cuomo curatoli curci curiel curley curnane curneen
curnyn curran currie curry curtin curtis cusack cusano cutrufo cutuli cuzzocrea cwalile
d'_heripon d'alia d'arcy da_costa da_silva daamin dabir dachgelder dachgeldt dachgelt
dada dai daiken dakhil dalal dale dalla dallape dallara dalmau dalton daly dalziel
damurah danaher dandolo dane dang dani daniel daniels dar dara darain darcy dargan
darmody darwish das dasey dasgupta dash dass date datta daugherty dave davenport davern
davey david davids davidson davies davila davin davis davison davitt davoren davy daw
dawick dawson dawud day dayal daza de de_backer de_beer de_bock de_boer de_bont
de_bruijn de_bruin de_bruyn de_courcey de_graaf de_gratie de_groot de_grote de_gruijl
de_gruijter de_gruil de_grunt de_gruson de_guzman de_haan de_haas de_heer de_hoog
de_hoogh de_jager de_jode_vastraedsd de_jong de_jonge de_kale de_keijser de_keijzer
de_kok de_koning de_korte de_la_fleche de_lacy de_lange de_leeuw de_leon de_man
de_marduras de_mol de_nijs de_oliveira de_pauw de_plantard de_reede de_roo de_roos
de_ruiter de_smit de_sousa de_strigter de_swart de_vos de_vries de_vroege de_vrome
de_werd de_wit deacon deacy deady dean deane dease deasy decker dee deegadan deegan
deehan deeley deely deeney deeny deep deere deery dehmel deigan deignan dekker
del_rosario dela_cruz delacruz delahaye delahunty delaney delannoy delap delargy
delattre delaunay deledda deleon delgado delle dellucci delmas delorme deloughrey
deloughry delwayo demmendaal dempsey den_buytelaar den_haag den_teuling deng denihan
denis denison dennehy dennenberg denning dennis denny deo deol depero der_kijnder
dermody dermott derrig desai descamps deschamps deshmukh deshpande desio desmond detti
devally devan devane devaney devanney devaux devenney dever devereaux_deaueroux devereux
devery devi devilly devin devine devitt devlin devoy dewan dey dhaliwal dhar dhawan
dhillon dhingra diallo dias diaz dibiasi dick dickerson dickey dickie dickinson dickson
didier die_bont die_pelser die_witte diego dieguez diesbergen dietz diez diffin diffley
diggin diggins dignan dijkman dijkstra dijoux dikane dillane dillon dimba dimbane
dimbani din dinabantu dinan dinangwe dindela dindi dineen ding dingila dinh dinneen
dinwa dippel dircken dirksen dirrane dirven disdero diskin ditschlerin divan divenney
diver divine diviney dixit dixon dizon dlaba dlabane dlabazane dladla dlakadla dlakela
dlamane dlambula dlamdaka dlamini dlamlenze dlangamandla dlawuza dlebenkomo dlodlo dlomo
dludla dludlu dlungwana do dobbin dobbins dobes dobson doctor dodd dodson doe doesburg
dogherty doglioni doherty dohn dolan domenech domingo dominguez dona donagher donaire
donald donaldson donarelli donati donatoni doncabe donda donegan dong donini donlon
donnan donnell donnellan donnelly donoghue donohoe donohue donoso donovan doody dooey
doogan doohan doolan dooley doorhof doornhem doorty dora doran dordan dore dorgan doria
doring dornan dorr dorrian dorschner dorsey dorsman dos_santos doshi dossetti dossi
doudigan dougherty douglas dovara dowd dower dowerg dowey dowley dowling downes downey
downing downs doyle draaisma draghi drake drennan drew drewes drian dries driessen
driscoll drohan droney drub drubin drum drumm drummond drummy druso drysdale du dua duan
duane duarte dubandlela dubazane dube dubey dubois dudley duenas duff duffin duffy
dufour dugal dugar duggan duhamel duhig duhy duignan duivenvoorden dukada duke dulbecco
dulohery duma dumakude dumas dumisa dumont duncan dunford dungan dunge dunlap dunleavey
dunleavy dunn dunne dunning dunny dunphy dunworth duodo duong dupont dupre dupuis dupuy
duque duran durand durante durham durkan durkin durnan durnin durning durrihy duse
dussen_van dutt dutta duval duyaza duze dwala dwane dwyer dyal dyer earl earle early
eaton eberhardt ebert eberth echevarria echeverria eckbauer eckhardt eco eden edmonds
edwards edwin eelman eerden egan egea eglinton ehlert ehsaas eigenwillig eijkelboom
eimer einaudi eivers ejlaal elberts elbertse elias ellery elliot elliott ellis ellison
elorza elsemulder elsenaar elwood emanuelli emmen emo endrizzi engels english ennis
enright enriquez erhout erickson ernst errani errigo ervin ervine escalona escamilla
escobar escolano escribano escriva escudero esfandyar eshan espada espana espanol
esparza espejo espinosa espinoza esposito esson esteban estes esteve estevez estey
estrada etienne etzler etzold eustace evans everde everett evers everts evoy evrard
ewart ewing exposito fa'alogo faalogo fabbri fabra fabre fabregas fabregat fabrizi
fadden fadian fagan faggiani fagiani fagotto faherty fahey fahy fair fairhall faivre
faizan fajardo fakazi fakude falaniko falco falcon falcone faleolo falier fall fallaci
fallon falloppio falvey fan fang fanisa fannin fanning fannon fantini fantoni fantozzi
fanucci farah faranda farell farina farinelli farland farley farmer farnan farnese
farnon farragher farre farrell farrelly farren farrissey farrissy farry fattori faugno
faulkner faull faure faust favata fay fazli fealy fearon fechant fechner federici
federico fee feehan feeley feely feeney feenstra feeny fegan fehan fehilly feighery
feijoo felban feliu feltzer fenelon feng fenighty fenlon fennell fennelly fennessey
fenning fenton fenya fergus ferguson fermi fernandes fernandez ferrabosco ferragamo
ferragni ferran ferrand ferrandez ferrandiz ferrando ferrante ferrara ferrari ferraris
ferrata ferrazzi ferreira ferrell ferrer ferrera ferreras ferrero ferretti ferris
ferriter ferrucci ferry fibonacci ficino fidvi fiebig field fielding fields fieramosca
fiere fifita figueras figueroa figuerola fihlela filangieri filban filbin filippelli
filippini filogamo filzi finan finch findlay finegan finetti finke finlay finley finn
finnegan finneran finnerty finnucane finotto finucane finzi fiol fioravanti fiorucci
fischer fischetti fisher fittipaldi fitzgerald fitzgibbon fitzgibbons fitzmartin
fitzmaurice fitzpatrick fitzsimmons fitzsimons flaherty flahive flaiano flanagan
flannagan flannelly flannery flantz flatley flavin fleming fletcher fleury fliegner
flink flinn flood flor flores florio flowers floyd flynn fo foa foconi fogarty fogazzaro
folan folch foletti foley folliero fonoti fonseca font fontaine foo foody foot foote
foran forbes ford forde forkin fornaciari forrest forster forsyth fortuny fortuyn forza
foscari foster foucher fouquet fournier fowler fox foy foyle fracci fraher frances
franceschi franch francis francisco franco francois francoise frank franke frankhuizen
franklin franscini franzese fraser frawley frazier freaney frederick fredriks freeley
freely freeman freeney freeth freil fremie french frerichs frescobaldi fresh freshour
freudenberger frey frias friedman friehus friel fritsch fritz frohlich frost frutos fry
frye fu fuente fuentes fuertes fuller fulton fung funnell furda furey furness fusani
fuseli fusitu'a fusitua fuster fyfe gaba gabadela gabaldon gabba gabbana gabela gabhezi
gabhisa gabrieli gadda gade gadlela gaffney gagashe gaggini gagliano gagliardi gahan
gaiatto gaillard gaine gaines gainey gaito gala galan galeati galenzone galiano galiazzo
galijn galilei galindo gallagher gallaher gallardo gallart gallego gallegos gallen
gallet galligan gallivan gallo gallogly galloway galtarossa galu galuppi galvan galvani
galvez galvin gama gamble gambu gambuse gamede gamez gandhi ganesan ganesh gangemi
ganguly ganley ganly gannon gao gara garate garavan garay garces garcia garde gardiner
gardner garety garg gargallo gargan garibaldi garland garmendia garner garnier garobbio
garozzo garraghy garrahy garret garrett garrido garriga garrihy garrison garrone garry
gartlan gartland garvey garvin garza garzon garzoni gasa gascon gasela gaskin gasperi
gately gates gatsheni gatto gaudin gaughan gauthier gautier gavaghan gavican gavigan
gavin gay gaya gaynard gaynor gazu gcaba gcaleka gcugcwa gcumisa gcwabe gcwensa geany
gearty geary gebashe gebhezi gedeza gee geerling geerts geertsen geherty gehringer
geisel geisler gelabert geldens gellemeyer gelli gemen gemito gence geneart genefaas
gengeshe gentileschi gentili gentilini gentry geoghegan george georges
gepa_van_bourgondie gera geraci geraghty gerard gerarghty gerlach germain germano
gerrits gerritse gerritsen gertz gervais ghafoor ghanee ghannam ghasaan ghauth ghayoor
ghazzal ghoerle ghose ghosh ghunayn ghutayf giacconi giacometti giammusso gianetti
gianinazzi giannelli giannetti giannini giannone giannotti giannuzzi gianvecchio gibb
gibbon gibbons gibbs gibert gibilisco giblin gibney gibson gierschner gifford gigaba
gigli gil gilabert gilardoni gilbane gilbert gilbride gilchrist gildea gilduff giles
gilgunn gilhooly gill gillan gillen gilles gillespie gillet gillic gillick gillies
gilligan gilliland gillis gillooly gilmartin gilmore gilroy gilsenan gimenez gimeno gina
giner ginese ginesio ginevan ging gininda ginnitty ginnity ginty gioberti giolitti
giorgetti giovine giradello giralt girard giraud giron girona girschner girvan gisbert
giselmeyer giulietti giunti giusti givern glass glasses glavin glazier gleasure gledhill
gleeson glenn glennon gloster glover glynn gnatz gnodde goba gobhozi goda godard goddard
goderts godfrey godfrey_van_alemannie godide godoy goedhart goel goff gogan gogarty
goggin goh gohar goicoechea goje gokhale gola golden golding goldoni goldrick goldstein
gole golgi golino golla gollan gomes gomez gomila gomis goncalves gong goni gonzaga
gonzales gonzalez gonzalo good goodman goodwin gopal gordillo gordon gore gorevan gorey
gorham gori gorlitz gorman gosselin goswami gotsholo gottardi gotthard gotti goudriaan
gough gould goulden goulding gour govarts govoni goyaerts_van_waderle goyal gozzano
gozzi grace gracia gradenigo grady graf graham grahams gramsci granados granatelli
grande grant gras grassi grasso grattan grau graves gravina gray grealish greally
greaney greco greehy greelish greely green greene greenwood greer greggio gregoire
gregori gregorio gregory greig greij grein_groth gremese grenier grennan grewal grey
grifeo griffen griffin griffith griffiths grimani grimes grisoni gritti groarke groen
groenendaal groenestein grogan grondel grondin groogan groote gros gross grossi grottner
grover growney gruijl gu gual gualandi gualtieri guarana guarato guard guardia guardiola
guariento guarneri gubain gubben gubeshe gubhela gubhuza gubulundu gucci gude guerin
guerra guerrero guglielmi gugushe guha guibert guicciardini guichard guidone guidotti
guihan guijarro guilbert guilfoyle guillaume guillen guillet guillon guillot guillou
guinan guinane guinevan guiney guinizzelli guinnane guinness guiry guit guitart gulati
gule gulfam guliwe gullery gullotta gulotta gulshan guma gumbi gumede gumprich gunn
gunning gunpf guo gupta gussoni gute guthrie gutierrez gutknecht guy guyon guyot guzman
gwacela gwagwa gwala gwamanda gwanyana gwija gwynn gxabhashe ha haack haas haase habib
hackett haddad hadebe hadfield haengreve haering hagan hagendoorn haggerty hahessy hahn
haines haire hak hakker halder hale haley hall hallahan hallanan halley hallinan
hallissey halloran halpen halpin ham hamann hamdan hamel hamid hamilton hammond hamon
hampton han hanafin hanbury hancock handa hande haneberg hanegraaff hanel haney hangala
hankard hanley hanlon hanly hanna hannah hanncard hannigan hannon hanrahan hanratty hans
hansen hanson hao hapeta hara harahoe haran hardie hardiman hardin harding hardy hare
haren hargadon hargan hargreaves hari haring harkin harkins harley harloff harmon
harnett haro harper harrell harrihy harrington harris harrison harry hart harte hartigan
hartley hartman hartmann hartnett hartung harty harvey haselaar hashemi hassett hastey
hastie hastings hasty hatfield hatton hauffer haugh haughey haverty havili hawe hawkins
hawthorn hay hayden hayer hayes haynes hayre hays hayward hazenveld he heaffy healey
healy heaney heaphy hearn hearne hearty heath heavey hebert hecker heckett hedderman
hedigan heelan heenan heeney heere heerkens heerschop heffernan hefferon heffron hegarty
hegde heggarty hehir hehl heidrich heijman heijmans heijmen hein heinrich heinrichs
heintze heinz hekker helen helery hellevoort hellwig helmerhorst hely
hemma_van_allemanie hempenstall henare henck henderson hendricks hendriks hendrikse
hendrix hendry henebry heneghan henery heney henk hennebry hennelley hennelly hennessey
hennessy hennigan henric_van_den_nuwenhuse henry henschel hensley henson hentschel heo
hepburn hepenstall heraghty heras heraty herbert herd heredia hereward heribert_van_laon
hering herity herlihy herman hermann hermans hermighausen hernandez hernando hernon
heron herranz herrera herrero herring herrmann hertrampf hervas herve hervia heser
heskin heslin hess hesse hession hester hethur hettner heuser hever hewitt hewson
hexspoor heydrich heymans heyne hhoyiyane hickey hickman hicks hidalgo hierro higgins
higueras hijazi hilary hill hillen hiller hillery hilliard hills hilton hines hinney
hinton hishon histon hlabangane hlabisa hlatshwayo hlela hlengwa hlomuka hlongwa
hlongwane hlophe hlubi hlumakazi ho hoang hoarau hoare hoareau hoban hobbs hodge hodges
hodgson hodnett hodson hoedemakers hoeks hoekstra hoelen hoes hoey hoffman hoffmann
hofig hofman hofmann hogan hogg hohaia holdaway holden holder holland hollander hollins
holloway hollywood holmes holohan holsten holt holthuis holzapfel holzenbecher honan
hondeveld hong honing hood hoogers hook hooper hoover hope hopkins hoppenbrouwer hora
horan hore horgan horle horn horne hornich hornig horomona horrocks horton hosae hosey
hoskins hosseini hou houdijk hough houghton houlihan hourican hourigan hourihane house
houston hovel howard howarth howe howell howells howley hoyos hoz hsia hsiang hsiao
hsieh hsin hsing hsiung hsu hsueh hu hua huang hubbard hubel huber hubert huberts
huddleston hudson huel huerta huertas huet huff huffman hughes huguet huhn huijben
huijbrechts huijs huijzing huisman hull huls hulshouts hulskes hulst humbert hume
humphrey humphreys humphries hung hunt hunter hurd hurley hurst hurtado hussain hussein
hussey hutchinson hutchison hutton huurdeman huynh huzaifa hwang hyde hyland hyman hynes
i iacobucci iacovelli iadanza iago iannelli iannotti iannucci iannuzzi ibanez ibarra
iborra ibraaheem ibrahim idris iftikhaar iglesia iglesias igoe ihab ihsaan ihtiram ijli
ilan imbert impastato infante infantino inglis ingoldsby ingram iniesta iniguez
innocenti interiano interminei interminelli inzaghi ioppi iosefa iqbal ireland iriarte
irvine irving irwin isern issac ivanov ivanova ivers ivory iyengar iyer izaguirre
izquierdo jaabir jaber jabir jabr jaceps jackman jackson jacob jacobi jacobi_jackel
jacobs jacobson jacques jacquet jacquot jacuzzi jad jaen jafari jaggi jahdami jahdari
jahn jain jakel jalaal jali jalil jama jamaal jamasijadu jameel james jameson jamieson
jamile jang jani jans jansdr janse jansen jansse janssen janssens jantsch jao jara
jarvis jaume jauregui jayaraman jdotte jean jefferies jefferson jeffries jeggij jekel
jele jellyman jen jenkins jennings jensen jeon jeong jerez jerusalem jessel jha jhaveri
jia jiang jibela jilani jiles jili jimenez jin jiyane jobe jochems jockel jodar joe
johal johann johansen john johns johnson johnston johnstone jokiwe joly jones jonker
jonkman joo joosten jopich jorda jordan jorlink jorrisen joseph joshi joubert jourdan
jove jover jovinelli joyce juan juarez judd judge julia julian julien junck juncken jung
jungfer junitz junk junken juqula jurado jurrijens juttner juvara kaamil kabeer kabus
kachela kadakia kade kaiser kakar kala kale kaleem kaleema kalita kalla kallen kallert
kalman kamal kambs kamdar kamp kamper kamran kan kanda kane kang kangley kannan kant kao
kapadia kapoor kapur kar kara karaamat karaka karam karan karels karge kari karimi
karnik karpe karz kas kasam kashif kashyap kasim kassem kaster kata kathagen kaufman
kaul kaur kavanagh kawhia kay kaysan keady kealey keally kealty kealy keane keaney keany
keapock kearney kearns keary keating keaveney keaveny keeffe keegan keehan keelan keeley
keely keenaghan keenahan keenan keeney keer keery keevers kehoe keightley keijser
keijzer keith kelleher keller kelley kelly keltenie kelvey kemp kendall keng kenlan
kenlon kenna kenneally kennedy kennellan kennelly kenny kensy kent keogan keogh keoghan
keoghane keohan keohane keown kereama kerin kerins kerkhof kerley kerlin kermody kernan
kerney kerr kerrigan kerrisk kerville kerwick ketel ketting keudel kevane keville key
keyes khaba khabalidaka khalil khalsa khambule khan khanna khanyeza khanyile khaphela
khare khathi khathide khathini khatri khawula kheswa khezokhulu kholose khomo khonjwayo
khosini khosla khoury khoza khuba khubisa khuboni khukhuza khulu khuluse khumalo
khumbuza khurana khuyameni khuzwayo khwane khwela kibe kidd kidney kiely kieran kierane
kierans kiernan kilawee kilbane kilbride kilcoyne kilday kildea kilduff kilfoyle
kilgallen kilgallon kilhooly kilkenny killeen killer killilea killooly killoran
killoughry kilmartin kilmore kilroe kilroy kim kinaghan kinahan king kingston kiniry
kinlan kinlen kinnane kinnear kinnegan kinner kinnerk kinney kinnon kinny kinsella kirby
kirk kirke kirpenstein kirwan kisman kissane kitson kitzmann klapp kleibrink kleijse
klein klemm klemt klerks kleybrink kline klingelhofer klomp_jan kloppert klotz knapp
knappe kneafsey knight knoers knowles knox knuf ko kobelt koch koch_ii koeman kof koh
kohl kohler kohli kok kolen kolster konda kong koning konings koret koroi korpal korsman
korstman kort kortman koshy kosten koster kostolzin kota kothari kovalenko krabbe kramer
kranz kraus krause kraushaar kravchenko krebs krein kremer kreusel kriens krish krishna
krishnamurthy krishnan kroker kronenberg krueger kruns kruschwitz ku kuan kubheka kuhl
kuhnert kuijpers kuilenburg kuiper kuipers kuit kulkarni kumar kumer kunda kunen kunene
kung kuo kurian kuruvilla kusch kuznetsov kwaadland kwak kwan kweyama kwok kwon kyne
labado labbe labeeb lacey lachmann lacombe lacroix lacy lad ladeck lafferty laffey
laffray lafleur lagarde lage lagerweij lago laguna lahey lahiah lahiffe lahy lai laine
laing lajlaj lakaza lal lala lall lalla lally lalor lam lamas lamb lambe lambers lambert
lamborghini lambregt lammas lamont lamore lamotte lamula lamy lan lancaster lancisi
landa lande landers landon-lane landry landy lane lanfranchi lang langa langan lange
langeni langern langevoort langlois lanigan lanka lankle lansink laporte lappin lara
lardner largan largey larkin laroche larranaga larrea larsen larson lasa lastra lata
lathrope latier latif lattuada lau lauina launay laurenson laurent lavan lavell lavelle
laverty lavery lavin law lawless lawlor lawrence lawson layth le le_briel le_floch
le_gall le_gallen le_goff le_grand le_guellec le_gulcher le_luc le_marec le_matelot
le_roux leach leacy leahy leal lealaiauloto learmonth leary leaupepe leavey leblanc
lebon lebreton lebrun leclerc leclercq lecomte leconte lecoq leddin leddon leddy ledesma
ledoux leduc ledwich ledwith lee leech leen leene leeney lees lefebvre lefevre lefort
legendre leger legnante legrand legros leguit lehane lehmann lei leiva lejeune leland
leleu lelievre lelijveld lemaire lemaitre lembede lemmens lemoine lemonnier lenaghan
leneghan lenehan lenihan lennane lennon lenoir lensen leon leonard leonardi leoncavallo
leone leonetti leopardi leota lercari lerma lerner leroux leroy lesage leslie lester
letellier lether letta lettiere leung levan leveque levesque levine levy lewis leyden
leydon li liang liao liddane liddy liebelt lien lieshout ligorio ligtvoet liguori lijn
lillis lillo lim limazah lin linares lincoln lind lindau lindner lindsay lindsey linehan
ling linke linnane linny linschoten linskey linton lippomano lips liston littizzetto
little liu liverotti livingston liyaaqat liyaqat llabres llado llamas llano llanos lledo
llobet llopis llorens llorente lloret lloyd lluch lo lobato lobo lochel loep loffler
loftus logan loghan logue loiseau loke lollobrigida lolohea lombard lombardi lombardo
lombroso lommert london lonen lonergan long longan longhena longode looney loos lopes
lopez lopresti lorch lord lordan loreal loredan lorenzo lorreijn losa losada losekann
loughlin loughnane loughran loughrey loughry louis louws lovato love lovett low lowe
lower lowery lowney lowry loyal lozano lu luay lubelo luboch lubs lucarelli lucas
lucchesi lucciano lucena lucero lucey luciani lucid lucitt luddy ludonga ludovisi luis
luitgardis_van_neustrie lujan lukhele lumbreras luna lundon lung lunham lunney lunny luo
lupo luqe luqmaan luqman luque luria lussu luster lut lutf lutholoni luthra luthuli
lutterveld lutz luvuno luxardo luz luzi lwandle ly lyden lydon lynch lynchechaun
lynchehaun lyne lyng lynn lynskey lyon lyons lysaght ma maalik maas maaswinkel maawiya
mabanga mabaso mabhena mabhodla mabhoko mabika mabizela mabuya mabuyakhulu mabuza
mac_breen macadoo macaleavy macallen macaloon macanally macaraeg macart macarthur
macauley macbreen macbride maccaffrey maccanelli maccann maccartan maccarthy maccarville
macclenaghan maccole maccomisky macconachy macconnaghy maccool maccormack maccurtin
macdermott macdevitt macdonagh macdonald macdonnell macdougall macdowell macdwyer
macdyer mace macegan macelgunn macever macevoy macfadden macfall macfaull macgee
macgeehan macgill macgilligan macging macginley macginnitty macginnity macginty macgloin
macglynn macgovern macgreal macgroarty macguinness macgurk machado machale machenry
machugh macias macinerney macingwane macinnes mack mackay macken mackenna mackenzie
mackeown mackesey mackevitt mackey mackle maclean maclysaght macmahon macmillan
macmonagle macmorrow macmullan macmullen macnabb macnaboe macnaboola macnally macnamara
macnamee macneela macneill macnelis macnulty macpherson macphilbin macrea macshea
macsweeney mactiernan macveagh macveigh macwilliams mad madan madden maddock maddox
maddy made madela maderna maderno madi madiba madide madigan madinane madiyan madlala
madlanduna madlula madondo madonsela madrid madrigal maduma maduna madziba maestre
maffei mafobo mafuleka mafulela magagula magan magann magar magauran mageba magee
mageean magennis magennity maggioli magill maginn maglio magnani magolwana magononde
magoza magrassi magrath magubane maguire magujwa magutshwa magwaza mahajan mahal mahamba
maharaj mahaye mahbeer mahbub mahe mahedy maheen maher mahfuj mahfuz mahieu mahlaba
mahlalela mahlangu mahlase mahlinza mahlobo mahmood mahmoud mahon mahoney mahony
mahulube mahuta maillard maillet maillot majd majd_udeen majeed majewski majoka majola
majorana majozi majumdar mak makhanya makhathini makhaye makhaza makhedama makhoba
makhubo makhulukhulu makhunga malacarne malambule malaparte malatesta maldonado malembe
malenchini malevu malhotra malinga malipiero mall mallet malley mallick mallien mallon
malo malone maloney malowney malpighi maluleka malzer mamba mammen man manacorda manahan
manalo manana mancebo mancini mand manda mandal mander mane mangal mangan mangat
mangcamane mangede mangel mangena mangethe mangold mani manihera manjon manley mann
mannan manne manning mannion mannix mannoia manolesso manqele manrique mans mansell
mansfield manso manson mansour mansveld mansvelt mantegazza mantegna mantshinga manuel
manunta manyoni manzanares manzano manzezulu manzi manzini manzoni mao maphalala
maphanga maphindela maphisa mapholoba maphumulo mara marangoni marazzi marcacci marceron
marchal marchand marco marconi marcos marechal marenzio marfell margraf mari marie marin
marinetti marini marino marion mariscal markey markham marks marley marmol marnan maroof
marques marquez marren marrinan marron marrone marry marsden marsh marshall marsili
marsters martel martens marti martin martineau martinelli martinez martins martorell
martucci marty martyn mary marzorati mas masango mascagni mascaro mascheroni maseko
mashaba mashasha mashimane mashinini mashiya masibekela masikane masilela masina masinga
mason masondo maspero massa masse massey masson mastandrea master masterson mastroianni
masuku mata matagi matas mate mateo mateos mater mateu mathaba mathebela mathebula
mathenjwa matheson mathetha mathews mathibela mathieu mathis mathol mathonsi mathula
mathunjwa mathurin mathwasa mattarella matteotti matthai matthews maughan maurice maury
mavela mavundla mavuso mawanda mawewe maxwell may maye mayer mayeza mayise mayisela
maynard mayo mayol mayoral mays maza mazalankosi mazibuko maziya mazwi mazzacurati
mazzanti mazzeo mazzi mazzini mazzocchi mbamali mbanjwa mbatha mbatshazwa mbeje mbekwa
mbembe mbende mbhele mbhense mbhobho mbhodwe mbhulangwe mbili mbokazi mboko mbonambi
mbonane mbongwa mbongwe mbotho mboyisa mbulaze mbulazi mbuli mbungela mbunjwa mbutho
mbuyazi mbuyisa mbuyise mcadams mcaleavy mcaleenan mcaleer mcalinney mcalister mcaloon
mcalunny mcambe mcambi mcanally mcanco mcandrew mcanulty mcanyana mcardle mcareavey
mcatee mcateer mcauley mcauliffe mcaveigh mcbreen mcbride mcbrien mccabe mccadam
mccadden mccafferky mccafferty mccaffrey mccaffry mccahill mccall mccallion mccallum
mccann mccardle mccarney mccarra mccarron mccartan mccarte mccarthy mccarty mccarville
mccaughan mccaughey mccaul mccauley mccausland mccay mcclain mcclean mcclelland
mccloskey mcclure mccluskey mccolgan mccoll mccollam mccomiskey mcconaghey mcconaghy
mcconnell mcconnon mccooey mccool mccorkill mccorley mccormick mccorry mccourt mccoy
mccracken mccrann mccrea mccready mccreanor mccrory mccrossan mccrudden mccullagh
mccullough mccumiskey mccumisky mccurdy mccurley mccurtin mccusker mcdade mcdaeid mcdaid
mcdaniel mcdermod mcdermott mcdevitt mcdonagh mcdonald mcdougald mcdowall mcdowell
mcdunphy mcdwyer mcdyer mcelduff mcelgunn mcelhattin mcellistrim mcelnay mcelnea mcelroe
mcelroy mcelwaine mcelwee mcenaney mceneaney mcenry mcentaggart mcentee mcevaddy
mcevilly mcevoy mcewen mcfadden mcfall mcfarland mcfarlane mcfaull mcgahey mcgalligly
mcgann mcgarraghy mcgarrigle mcgarry mcgarvey mcgauran mcgaw mcgeady mcgee mcgeehan
mcgeoghegan mcgeown mcgerr mcgettigan mcgettrick mcgill mcgillicuddy mcgilligan mcgilly
mcgilroy mcginley mcginnitty mcginty mcgirl mcgirr mcgivern mcglinchey mcglinchy mcgloin
mcglynn mcgoff mcgoldrick mcgonagle mcgough mcgourty mcgovern mcgowan mcgowern mcgrane
mcgrath mcgreal mcgregor mcgrenehan mcgroarty mcgrory mcgruddie mcgruddy mcguigan
mcguill mcguinn mcguinness mcguire mcguirk mcguirl mcgurk mchale mcharry mchenry mchugh
mchunu mcildownie mcilroe mcilroy mcilwee mcineely mcinerney mcinnes mcintosh mcintyre
mcisaac mcivor mckaigue mckay mckee mckeegan mckeever mckelvey mckendry mckeniry mckenna
mckenny mckenzie mckeogh mckeon mckeown mckernon mckevitt mckie mckiernan mckillop
mcking mckinley mckinney mckinnon mcknight mclachlan mclaughlin mclaverty mclean mcleer
mcleese mcleigh mcleod mcloon mcloone mcloughlin mcmacken mcmahon mcmanaway mcmanus
mcmaster mcmenamin mcmillan mcmonagle mcmorrow mcmullen mcmurray mcmurrough mcnabb
mcnaboe mcnally mcnamara mcnamee mcnaughton mcnea mcnealy mcnee mcneely mcneil mcneill
mcnelis mcnevin mcnicholas mcnicholl mcnill mcnulty mcoyi mcpartland mcpartlin mcpartlon
mcpherson mcphilbin mcphillips mcpolin mcquade mcquaid mcqueen mcquilkan mcquillan
mcquillen mcquin mcquinn mcrann mcready mcroarty mcrory mcshane mcsharry mcsheehy
mcteague mcternan mctiernan mctigue mcusi mcveagh mcveigh mcvicker mcvitty mcwalter
mcwaye mdaka mdakane mdladla mdlalose mdlanyoka mdlenevu mdletshe mdluli mdlumbi mdonswa
mdotshana mdunge meadows meads meaghan meagher meaney meany meara mears medici medina
mee meehan meenaghan meenan meeres meeusen megaw mehigan mehloluhlaza mehta mei meijer
meis meister mejia melady meldon melendez melero melet melia melican mellet mellon
mellor melnyk melody melton melville melvin memela memon mena menard mende mendes mendez
mendizabal mendoza menendez meng mengolo mennea menon mens menton mentzel menziwa
mercadante mercader mercado mercalli mercantini mercati mercer merchant mercier mercks
merckx meredith merino merisi merkx merle mernagh merrigan merritt merry mesa mescall
meskill metcalfe metella metz meucci meunier meyer meyers meyiwa meza mezzetta mfeka
mfusi mgabadeli mgabhi mgasela mgazi mgcaleka mgenge mgilija mgobhozi mgwaba mhayise
mhlabandlovu mhlambo mhlanga mhlangu mhlanya mhlongo mhlongwane mhlophe mhlungu miah
micca michael michaud michel michelangeli micheletti michiels michielsen middelkoop
middlemiss middleton mielcarek mies migliaccio miguel mijsberg milanesi miles miley
milla millan millar millard millea miller millet millican milligan mills milmo milne
milroy miltenburg mimun min miner minguez minhas miniati minihan minihane minogue mir
miralles miranda miro miscell mishra misicher miskell misra missoni mistry mital
mitchell mitra mitschke mittal mitter miya mjadu mjoli mjwara mkhabela mkhandlela
mkhathini mkhatshwa mkhithi mkhize mkhokeleleki mkholo mkhonza mkhumbuzi mkhungo
mkhwananzi mlaba mlalane mlalazi mlambo mlangatshe mlangeni mlawula mlondo mlotshwa
mlungisi mlungwana mnangwe mncube mncwabe mncwanga mngadi mngoma mngomezulu mnguni
mngwemkhulu mngwengwe mnikathi mnisi mnomiya mnqamu mnqayi mnquhe mntambo mntimande
mntungwa mnyamande mnyandu mnyoni mo moala moan moccia mocenigo mochlichen modi modiano
modigliani modugno mody moenen moensendijk moet moffatt moffit mogherini mohammadi mohan
mohanty mohaupt moher mol molegraaf molen molenaar moles molesini molina moliner molins
moll molloy moloney molyneux momberg monaco monaghan monagle monahan mondadori mondaini
mondise monduzzi moneta mongan monicelli monk monks monnier monreal monroe montague
montalban montalcini montalti montana montanari montanariello montanelli monte montecchi
montenegro montero montes montesano montesinos montessori monteverdi montgomery monti
montoya montserrat moody moon moone mooney moore mora morabito moradi morahan moraleda
morales moran morandi morandini morante morar morata morcillo more moreau morel morell
morellato moreno morera moresi moretti morgagni morgan moriarty morillo morin morlacchi
morley mornane moroney morosini morpurgo morricone morrin morris morrison morrissey
morrocco morrow morse mortati mortimer morton morucci morvan moschino mosemann moses
mosley mosquera moss motha mou moulin mountain mourib moy moya moyer moylan moynihan
mozart mpangazitha mpanza mphahlwa mphankomo mphazima mphemba mphephethwa mpikela mpila
mpofana mpumuza mpungose mpunzana mqadi mqungebe msamkhulu msane msani mseleku mshazi
mshengu mshibe mshikela mshikila mshiyane msibi msimang msindazwe msokazi msomi msuthu
msweli mthabela mthalane mthanti mthembu mthethwa mthimkhulu mthinti mthiya mthiyane
mthombeni mthonti mtimande mtolo mtshali mtumaseli mtuswa mu mudden mude mudgway mueller
mugica muhle muijs muir mukherjee mukhopadhyay mulcahy mulcair mulder mulders muldoon
muldowney mulet mulgrave mulgrew mulhare mulhern mulichen mulkerrin mullaghan mullaly
mullan mullane mullaney mullany mullarkey mullen muller mullery mulligan mullin mullins
mullooly mullooney mulloughney mulloy mulqueen mulqueeny mulrain mulrooney mulroy mulry
mulryan mulvany mulvenna mulvey mulvihill mulvin mulvy munari muni muniz munnelly munoz
munro munroe munshi mur murae muratori murcia murdoch murialdo murillo murnane murnin
muro murphy murray murri murrihy murtagh murthy murty musatti musi muti mutti mvelase
mveni mvubu mvuyana mwandla mwelase myeni myers myeza myles mzila mzilankatha mzileni
mzimela mzizi mzobe mzolo mzomba mzoneli mzukase mzulwini na naail nabeel nabih naccari
nadal nadeem nadi nadig nadkarni nadolo naeem nagar nagarajan nagi nagle nagy naidu naik
nail nair naivalu najam najeeb nala nallon nally nalty nam nanda nandisa nangle
napolitano narain narang naranjo narasimhan narayan narayanan narula narvaez nary naser
nash nassar nasser natarajan nath natt natta naughton navarrete navarria navarro navas
navone nayak nayar naylor nazareth ncala ncama ncanana ncongwane ncube ncusi ncwaba
ncwane ndaba ndabandaba ndabansele ndabase ndabezitha ndandali ndawo ndawonde ndima
ndimande ndinisa ndiyema ndlala ndlandla ndlangamandla ndlanya ndlanzi ndlela ndlondlo
ndlovu ndondakusuka ndonga ndosi nduli ndwandwe nea neal nealon neary nebot necci
nedermeijer nee needham neehan neelan neelin neenan neilan neilian neill neilson neira
nek neligan nelis nelson nene nenzi nerger nestor nette neureuther neuschafer neuteboom
neuzerling nevado neveu neville nevin newman newton neylon ng ngata ngatokorua ngawaka
ngazitha ngcamane ngcamu ngcemu ngcobo ngcolosi ngema ngiba ngidi ngo ngobese ngobisi
ngomane ngonini ngotsha ngubane ngubeni ngungunyana nguyen ngwane ngwazi ngwekazi
ngwenya nhlabathi nhlane nhlanhla nhlanhlampofu nhlapho nhleko nhlengethwa ni nibali
nicholas nicholls nichols nicholson nicol nicolas nicolau nicoletti nicolini nicolucci
nieh nielsen niemeier niermann nieto nieuwstraten nievo nigam niggli nihoe nijman niland
nino niscoromni nitti nitto niu nixon njapha njiki njinji njomane nkabinde nkala
nkamzwayo nkomo nkomose nkomoye nkonyeni nkosi nkumane nkundlande nkwakha nkwali
nkwaliyenkosi nkwanyana noack noble nodanga nodlomo noel nogantshi nogueira noguera
nogues noh nohlmans nolan nolcini nollee nolty nombela nombhoco nomndayi nomvuma nondaba
nondlela nonduma nongalaza nongalo nonis nonkosi nonkululeko nontanda nontuli nonyana
noonan noone noordijk norbiato nordio nori noriega norman normand norris norry north
norton nosiglia notarbartolo novak novaro novoa nowanqa nozulu nqumela nsele nsibande
nsibanyoni nsindane nsukuza ntaka ntamonde ntanzi ntenga ntombela ntsele ntshalintshali
ntshangase ntshingila ntshiza ntuli nugent nugnes nulty nunez nunne nxamalala nxasana
nxele nxumalo nyambose nyanda nyandeni nyathi nyawo nyawokhulu nyawose nyazitla nyembe
nyembezi nyhan nyide nyokayebululu nyongwana nzama nzamela nzima nzimande nzimase nzuza
o_corra o'beirn o'beirne o'boyle o'brassil o'brazil o'brennan o'brien o'brown o'bryan
o'bryen o'byrne o'cadden o'cafferky o'callaghan o'carolan o'carroll o'casey o'cassidy
o'cleary o'clery o'connell o'connor o'crohan o'crowley o'curry o'daly o'dea o'devanney
o'devenny o'doherty o'donnell o'donoghue o'donohoe o'donovan o'dowd o'driscoll o'duffy
o'dwyer o'farrell o'farrelly o'flaherty o'flynn o'freil o'friel o'gallagher o'gara
o'goldrick o'gorman o'gowan o'grady o'growney o'hagan o'haire o'halloran o'hanlon
o'hanrahan o'hara o'hare o'haughey o'hea o'hegarty o'hehir o'herlihy o'hickey o'higgins
o'hora o'houlihan o'hurley o'hussey o'kane o'kearney o'keefe o'keeffe o'kelly o'kennedy
o'kieve o'leary o'loan o'looney o'loughlin o'loughlinn o'mahoney o'mahony o'malley
o'mara o'meara o'mooney o'moore o'mullan o'murnaghan o'neill o'nolan o'rafferty
o'rahilly o'reardon o'regan o'reilly o'riordan o'rooney o'rourke o'ruane o'ryan
o'scannell o'shannon o'sharkey o'shaughnessy o'shea o'sheehan o'sheil o'shiel o'sullivan
o'sweeney o'tierney o'togher o'toole oak obeid obrien ocana ochoa oconnell oconnor oda
oderwald odescalchi odom odonnell oemencs oennen oestrovsky offredi oh ojeda oliboni
oliva olivares olive oliver olivera oliveras olivetti olivier oller ollivier olmedo olmo
olsen olson olthof olykan om omair omar omeir omma omran oneal oneill ong onio onisto
onjengenyamazane oommen ooms oosterhek oosterhout oostveen opizzi opmans orchard ordonez
orengo orlando ormsby orozco orr orsini ortega ortese ortiz ortmann ortolani ortuno
osborn osborne oscuro osorio ossama ossani ossola osterhoudt ostinelli osuna otero otte
ottino otto ou oude_heer ouwel ouwerkerk ovadia overdijk overeem oversteeg owais owen
owens oza pablo pace pacelli pacetti pacheco pacillo pacomio padden padilla padmanabhan
padovano paewai paez paffrath paganini page pages pagliaro pagnotto pai paillet paki pal
palacio palacios palan palau palazzo pall palla palladio pallares palma palman palmer
palmisano palomar palomares palombi palomino palomo paltrinieri palumbo pan panatta
panchal pandey pandit pandya pang panganiban paniagua panicucci pant panzera pao
paoletti paolini paolucci papafava papetti parata pardo paredes pareja parejo parekh
parent pareto parikh parini paris parisi park parker parkes parkin parkinson parks
parmar parmer parmitano parpinel parra parri parrish parry parsa parsons partzelt paruta
pascal pascarella pascual pasman pasolini pasqua pasquier passalacqua passchiers pastine
pastoors pastor patberg patchett patel paten paterson pathak patil patino patla paton
patrick patterson patton pau paul pausini pauwels pavanello pavarotti pavon pavone payet
payne paz pazos peacock peano pearce pearson pechel peck pederiva pedersen pedersoli
pedraza pedrazzini pedrero pedro pedroni pedrosa peeters pei peinado peiro pelaez pelayo
pellegrini pelletier pelli pellicer pellico peltier pena penalver penas pender peng
pennetta pennington pepe pera peral perales peralta peranda perano perck perea pereira
perello perera perez pergande pergolesi peri perini perkins peron peronne perozzo perret
perri perrier perrin perrono perrot perry persico persijn pertile pertini peruzzi peters
peterse petersen peterson petit petitjean petralli petrassi petrocelli petrov petrova
petrucci petrucelli petruzzi petty peukert peyton pezzali phakathi phakathwayo pham phan
phathwayo phayre phelan phelps phetha phethela phewa phikela philban philbin philippe
phillips phillipsen phingoshe phoseka phoswa phungula phuthini pi piacentini piane
piazzi picard piccinni piccio pichon pickering pieper pierce pierre pierson pieters
pieters_van_der_maes pietrangeli pigafetta piggott pignatti pigott pike pillai pillay
pina pinamonte pincherle pinder pineau pineda pinedo pineiro pingle pinilla pininfarina
pino pinol pinto pintor piovani piquer pirandello pirelli pires pisacane pisani pisano
pisaroni pison pistoletto pittman pitts pizarro pizzamano pizzetti pizziol pizzo pla
plana planas plath platini plaza plover poerio pohatu pohl poirier pokino pol poland
polani polesel politz polizzi pollard polo pomare pomares pombo pometta ponce poncelet
ponci pons pont pontecorvo ponti poole poon pope popov porcel porcellato porras porta
porter portero portillo porzio posada post postma potier potter potters pottier potts
pou poulain pouono poutama powell power powers poza pozo pozuelo pozzecco prabhakar
prabhu prada pradhan prado praga prakash prasad prashad prat pratesi prati prats pratt
prendergast prentice preston prevost prial price priego priest prieto prince pringle
prins prinsen pritchard priuli procacci procter proctor prodi proietti prouse pruitt
pruschke pruvost pryal pu pucci puccini puente puerta puga pugh pugliese puglisi puig
pujadas pujol pulci pulido purcell puri purohit putz qaasim qabeel qadar qadeer qahtan
qaim qais qaseem qasif qian qiao qin qiu qomazitha quadir quaide qualter quasimodo
queally queenane querini quero querol quesada quevedo quigley quigney quill quillinan
quilty quin quinlan quinlivan quinn quinney quinny quintana quintanilla quintero quirke
quiroga quiros qureshi qusay qutaybah qwabe raaghib raakin raashid raatib rabah rabar
rabb rabbani rabbitte rabee rabiah rackham radel rademaker radhakrishnan radi radisch
raed rafay rafeek rafferty rafi rafter raftery raftis raghavan raheel rahilly rahimi
rahman rai raid raight raikadroka rails raimondi raj raja rajagopal rajagopalan rajan
raju raleigh ram rama ramachandran ramaker ramakrishnan raman ramanathan ramaswamy
ramazzotti ramesh ramirez ramis ramon ramos ramsay ramsey rana randall randazzo randhawa
randles randolph raney ranganathan rangel rangihuna rao raol rapisardi rasmussen
rastelli rastogi ratta rattan ratti rattigan ratuvou rau raurica ravaglioli raval ravel
ravi rawiri rawley ray raya rayel raymond raynaud rayner rea read reade reader real
reardon reavy rebollo recer recers recio reddin reddy redi redican redmond redondo reed
reen rees reese reeves regan rege regge regnier reguera rehorst reichmann reid reidy
reig reijers reilly reimes reina reinhardt reising rek remmers remy ren renard renaud
renault renehan renier renner rensi renzi requena respighi reuter revilla rewiti rey
reyes reynaud reynell reynolds reynoldson rezaei rhatigan rhattigan rhodes riba ribas
ribeiro ribera ribes ricart riccardi riccati ricci ricciardi rice rich richard richards
richardson richey richie richmond rickard rico ricolfi ridder riddle ridge riehl riem
rienzo riera rietveld riggs righi rigney rihari rijcken rijks rijn rijntjes riley
rinaldi rincon riney ring rinn rio riordan rios riou ripoll rippey riquelme risma
rismondo ritacca ritchie ritter rius rivas rivera rivero rivers riviere rizk rizzo
rizzoli roach roache roarke roarty robb robbins robbrechts_bruijne roberson robert
roberts robertson robeson robin robinson robledo robles robson roca rocamora rocca
roccabonella rocha roche rocher rock roda rodden roddy roden rodenas rodgers rodrigo
rodrigues rodriguez roe roero roessink roger rogers rogerson rogge rogner rohaan rohan
rohleder rohrdanz rohricht roht roig rojas rokodi roland roldan rolland rollins roma
romagnoli roman romano romer romero romeu romijn romiti ronan ronayne roncalli
roodesteijn room rooney roose roosenboom ropero rorricht ros rosa rosado rosales rosario
rose rosell rosello rosemann rosenow rosiello roskoth rosmini ross rosselli rossellini
rossello rossetti rossi rossini rossiter roth rotteveel roukes roura rourke rousseau
roussel rousselet rousset rout rouwenhorst rouwhorst roux rovira rowan rowe rowland
rowlands rowley roy royer royo rozas ruane ruano ruatapu rubben rubbia ruberto rubio
rudden ruddy rudkins rudolph rueda ruffini ruggeri ruggieri ruijs ruiz ruppersberger
ruppert rush russell russo rust rusticucci rutherford rutten ryan ryder ryle rynn rynne
ryu saabir saad saafir saahir saajid saal saalim saaqib saariyah saavedra sabah sabater
sabatini sabbatini sabeeh sabela sabelo sabharwal sabil sabiq sabir saboor sabur saburah
sachar sachdev sachdeva sacristan sadan sadaqat sadeed sadeghi saenz saez saffi sagar
sager sagese sagnelli sagredo saha sahni sahota saini sainz sair sala salamanca salandra
salas salata salave'a salavea salazar salcedo saldana saleh sales salet salgado salgari
salieri salinas salmeron salmon salom salva salvador salvemini salvi salvini salvo salz
sam sama samele sameya sami sammon sampath samper sampson samra samson samuela sanabria
sanchez sancho sandal sandanezwe sanders sanderson sandhu sandi sandoval sane sanford
sangha sanghvi sanguineti sangwani sangweni sani sanjuan sankar sankaran sanmartin
sanmiguel sans sansoni sant santamaria santana santi santiago santorio santoro santos
sanudo sanz saors sapolu sarabia saraceno saracino saraf saragat saran sarin sarkar
sarma sarmiento sarna sarneel sarraf sarsfield sas sastre sastry sathe satherley
satriani satta sauberlich sauer sauli saunders saura sauro sauvage savage savant
savorgnan sawhney sawyer saxena saxo sayers sbarbaro scaduto scalera scalfaro scallan
scallon scally scamarcio scandone scanlan scanlon scannell scaramucci scardino
scarfoglio scarlatti scarpa scarpetta scarponi schaaf schacht schaefer schafer schagen
schakelaar scharroo schatteleijn scheel scheer scheffers scheibe schellekens schelvis
schenk schenkel scherms scheuermann schiaparelli schiavo schiavone schicchi schiffer
schilt schinke schipper schleich schlosser schmidt schmidtke schmiedecke schmiedt
schmitt schneider schofield schokman scholl scholten scholtz scholz schomber schonland
schotte schottin schouten schrant schrik schroeder schroeff schuchhardt schuler schulten
schultz schulz schuster schuurmans schuylenborch schwartsbach schwartz schwass
schweitzer schwital scialpi scollan scott scotti scotto scriven scullion scully
scuylenborchs seally sealy searle sears sebastian seco sedano seddio seery segarra
segebahn segerson segersun segerszoen segni segovia segre segui seguin segura sehgal
seidel seifert seip seiuli sekhon sellers sem sembathwa semitecolo sen sengupta sengwayo
seo serao serlupi sermonti serna serra serraglio serrano seshadri sestig seth sethi
setrick setty sevilla sevillano sexton seymour sforza sgalambro sgarbi sha shabalala
shabane shabangu shaffer shaffrey shah shaheen shailer shamase shan shanahan shand
shandu shangase shange shankar shanker shanley shannon shanny shao sharaf sharkey sharma
sharp sharpe sharry shaughnessy shaw shazi she shea sheahan sheane sheedy sheehan sheehy
sheeran sheerin sheil sheilds shelembe shelton shen sheng shengele shenoy shepard
shepherd sheppard shere sheridan sherlock sherman sherry sheth shetty shevchenko shevlin
shezi shi shibase shiel shields shiels shih shin shine shinga shoba shombela short
shortt shoyisa shozi shroff shu shukla shupe sibal sibalukhulu sibanda sibaya sibeko
sibhene sibilia sibindi sibisi sibiya siddiqui sidhu siering sierra siffredi sigagu
sigegede sigerson sijadu sikhakhane sikhosana sikhunyana sikobi sikwayo silangwe silk
silke silva silvestri simelane simeoni simmon simmonds simmons simo simon simonis simons
simonsen simpson sims sinan sinclair singh singhal singleton sinha sinisi sinnott sire
sishangwe sishi sishiya sismondi sithenjwa sithole sithombo sithuli sitolotolo sitters
siu siwele sixtus siyaya siyeshe skally skeahan skeffington skehan skelly skinner
skivington slaetsdochter slagmolen slamon slater slattery slevin slingerland sloan
sloane slowey slyne small smart smeets smirnoff smirnov smirnova smit smith smits
smullen smyth smythe snow snyder sobrero sobrino soderini sodhi soding soduba soffici
sokhela sokhulu sokhwebula sokolov sokolova sola solana solanki solano solari sole soler
solera solimena solis sollima solomon solsona solzer som soman somboni somers somfula
sommaruga somoza sompisi son sondini sondisa song songiya soni sonnino sonqandile sontag
sontuli sood soolaghan soos soper soprano soranzo sordi sorgatz soria soriano sorrentino
sosa sotelo sothole soto sotobe souma southee sowman spaan spadafora spain spallanzani
spanevello spanhaak sparks spears speer speijer spelman spence spencer spenser speri
spier spies spiker spillane spinelli spinola spreeuw sprong spruit spruyt squarcione
sraffa sridhar srinivas srinivasan srivastava stace stack stadelmann stafford staglieno
stahr stamrood stange stanley stanton stapleton stark staude staunton steckel steed
steele steenbakkers steenbeek steer stefanelli stein steinberg steinmeiern stenson
stephens stephenson sterkman stettyn steuer stevens stevenson steward stewart stey
stichter stiebitz stiffel stinis stoffel stoffelsz stoices stokes stoll stolze stone
stook stoppani storey storladi story stout stradivari strangio stratford stratton
strawbridge street strickland striebitz strijker strik stroh strong stuart stubbs
stucchi stuivenberg stumpf su suarez subramaniam subramanian sugrue suijker sule
suleiman sullivan summers summerville sun sundaram sunder sung supple sur sura sureda
suresh suri surian sutton swaminathan swamy swanson swazi sweeney sweeny swift swords
sykes symons synnott taaj taanish tabassum taboada tacchini taccola tadeen tafazal
tafuri taggart tagliafierro tahana tahaw-wur tahawwur taheem tahir tahmaseb tai tailor
taimur tait taj tajammul tak takerei takkelenburg talal talat talavera talbot talha
talhah tali taliani talib taliercio talwar tam tamanivalu tamanna tamarit tamatea tamayo
tamborini tamburello tamburi tamburini tamihana tammerijn tamsma tan tandon taneja tang
tangitamaiti tangney tanguy tank tanner tansey tanzini tao tapia tapp tapsell tara
tarantini tarantino tarchetti tarpey tartaglia tartini tasca tasche tasso tassoni tata
tate taufa taumalolo tautahi tavita tawhiri tawkeel tay taylor te_huia te_kani te_rangi
te_whata teahan teariki tebaldi techer tedesco tehan tehrani teixeira tejada tejedor
tejera tejero telesio tella tellez tello tena tencalla teng tenorio teo ter_waarbeek
ternan terragni terrell terron terry teruel tessier teunissen texier textor thabekhulu
thabethe thabizolo thaker thakkar thakur thaman thanel thango thatcher the_elder thela
thembekwayo thembela thenjwayo thibault thierry thies thobeni thole thom thomas thompson
thomson thornton thorpe thout thoyana thuliswayo thumbela thumbeza thusi thusini thwala
ti tian tiba tielemans tien tiepolo tiernan tierney tillmanno timlin timmerman
timmermans timoney timony ting tinney tins tintzmann tipene tirabassi tirado tirie
tiwari tkachenko tlustek toal tobin todd togher togliatti tognazzi tohall tolan toldo
toleafoa toledo tolentino tolin tolosa tomas tomaselli tomasetti tomasini tome tomei
tomlinson tommaseo toms toner tong toninelli tonisto toolan toole toolin toolis tooman
toomey toor torlonia tormay tormey tormo tornatore toro torpey torralba torre torrecilla
torrence torrens torrent torrents torres torricelli torrijos toscani toscanini toselli
tosi toso tosto totino totwiller toussaint tovar townsend tozzi tozzo tracey tracy
traetta trainor tran traore trapanese trapani trapp trask travaglia travaglio travers
traversa travia travis traynor treacy treanor trebbi treccani tremonti trenor trentin
trentini tresoldi treves trevino trevisan trevisani trezzini trillini trillo trincavelli
tripathi trivedi trobbiani troisi trombetta trommler tron tropea trost trotta troy trub
trubin trujillo truong trupiano trupp trussardi tsai tsang tsao tschentscher tse tseng
tso tsou tsui tu tuan tuara tubridy tucker tudela tuhiwai tuhoe tuiasosopo tuilagi
tuimavave tuithof tuivaga tukane tully tung tuohey tuohy tupou tur turati turchetta
turchi turci turei turley turnbull turner turpin turrini tutakiau tutino tutty tuzzolino
twidle twohey twohig twomey tyler tynan tyrrell ubaadah ubadah ubaid ubaidah ubaldi ubay
ubayd ubaydullah udinese udinesi ugarte ughi uhban uit_de_willigen uittenbosch ullmann
ullrich ulrich umaarah umair umar underwood ungaretti uniacke uniaque unruoch_hunerik
upadhyay uphaus uphuis uphus uppal urena uria uriarte uribe urrab urrutia vabaza vaessen
vahar vaidya vaillant vainikolo vaipulu vaka vala valbuena valcarcel valderrama valdes
valdez valencia valenciano valentin valentine valentino valenzuela valera valero valette
valguarnera valier vall valle vallee vallejo vallenduuk valles vallet valls valmarana
valverde van_'t_erve van_'t_houteveen van_'t_riet van_'t_wel van_alenburg van_allemanie
van_amstel van_arkel van_arnsberg van_asten van_baalen van_beaumont van_beeck
van_beeck_beeckmans van_beek van_beieren van_bentheim van_bergen van_berkel van_berkum
van_bernicia van_boulogne van_boven van_bovene van_bovenen van_bragt van_brenen
van_breugel van_breukeleveen van_breukelveen van_bruchem van_brunswijk van_bunschoten
van_buuren van_clootwijck van_cuijck van_daal van_dagsburg van_dalem van_dam van_de_berg
van_de_biesenbos van_de_biezenbos van_de_brink van_de_coterlet van_de_darnau
van_de_eerenbeemt van_de_elzas van_de_greef van_de_klashorst van_de_kooij van_de_leemput
van_de_noordmark van_de_pavert van_de_plas van_de_pol van_de_veen van_de_velde
van_de_velden van_de_ven van_de_wal van_de_water van_de_weterink van_de_wiel
van_den_assem van_den_berg van_den_bergh van_den_bosch van_den_brand van_den_brink
van_den_broek van_den_corput van_den_eerenbeemt van_den_eijssel van_den_henst
van_den_heuvel van_den_hoek van_den_nieuwenhuijsen van_den_nuwenhijsen
van_den_nuwenhuijzen van_den_nuwenhuysen van_den_nyeuwenhuysen van_den_oever van_den_pol
van_den_velde van_den_velden van_den_wittenboer van_der_avoirt van_der_berg
van_der_brink van_der_dussen van_der_flaas van_der_heiden van_der_heijden van_der_heyden
van_der_hoeven van_der_horst van_der_kaay van_der_kint van_der_klein van_der_klijn
van_der_laan van_der_laar van_der_laarse van_der_lede van_der_leek van_der_linden
van_der_loo van_der_maath van_der_maes van_der_mast van_der_meer van_der_meulen
van_der_noot van_der_plas van_der_ploeg van_der_pluijm van_der_pol van_der_pouw
van_der_sande van_der_schuijt van_der_sloot van_der_smeede van_der_spaendonc
van_der_spaendonck van_der_stael van_der_stael_de_jonge van_der_steen van_der_strigt
van_der_veen van_der_veiver van_der_velde van_der_velden van_der_ven van_der_wal
van_der_zijl van_dijk van_dillen van_dokkum van_dommelen van_dongen van_dooren van_doorn
van_drenthe van_duivenvoorde van_duvenvoirde van_duyvenvoorde van_eck van_egisheim
van_embden van_emmelen van_engeland van_engelen van_enschot van_es van_este
van_evelingen van_formbach van_gastel van_geenen van_geest van_geffen van_gelder
van_gemert van_gent van_ghoerle van_gils van_ginkel van_ginneke van_goerle van_gorp
van_grinsven van_grondelle van_haarlem van_haeften van_hagen van_ham van_hamaland
van_haspengouw van_haspengouw_hesbaye van_hemert van_henegouwen van_herstal
van_het_heerenveen van_heusden van_hoevel_en_van_zwindrecht van_holland van_hostaden
van_hulten van_jumiege van_kasteelen van_kempen van_klaarwater van_kuijc
van_kuijc_van_malsen van_kusen van_laar van_laarhoven van_landen van_laon van_leeuwen
van_leuven van_liendert van_limburg van_loon van_lucel van_luin van_luinenburg
van_luxemburg van_luyssel van_maaren van_maasgouw van_mare van_metz van_mil van_mispelen
van_mook van_munster van_nederlotharingen van_nes van_nimwegen van_noordeloos van_noort
van_northeim van_nus van_ochten van_oirschot van_olst van_ommeren van_ooste van_oosten
van_oostendorp van_ooyen van_opper-lotharingen van_orleans van_oudewater van_parijs
van_poppel van_praagh van_rheineck van_riet van_rijnsbergen van_rijthoven van_roijen
van_rooij van_rossum van_saksen van_salm van_salmen van_santen van_schevinghuizen
van_schweinfurt van_soest van_spreeuwel van_spreuwel van_straaten van_stralen
van_suinvorde van_susa van_tours van_tuijl van_veen van_velthoven van_velzen van_venrooy
van_verdun van_vermandois van_vlaanderen van_vliet van_voorhout van_voorst van_waas
van_wallaert van_wassenaar van_wel van_wessex van_westfalen van_wickerode van_wijk
van_wijland van_zwaben vance vandenbergh vang vangisa vanvitelli vaquero vara varano
varela vargas varghese varkey varma varty varughese vasa vasari vasquez vasseur
vastenhouw vattimo vaughan vaughn vazquez veale vecellio vecoli veenendaal veenstra vega
vegt velasco velasquez velazquez velderman velez veltman veltroni vendetti venditti
vendrell veneziano venier venkataraman venkatesh vento venturi vera verbeeck verbeek
verboom verbruggen vercelloni vercoe verda verdejo verdi verdier verdone verdu verdugo
verga vergara vergassola vergeer vergerio verhaar verhagen verharen verheij verheuvel
verhoeven verkade verma vermeulen verri versace verschuere verschut versluijs vertoor
vertooren vervoort verwoert vespa vespucci vezi vezzali vi vial viana vianello vicens
vicente victory vidal vidoni vierdag vig vigil vigliotti vignon vigorelli vila vilakazi
vilalta vilanova vilaplana vilar villa villadicani villalba villalobos villalonga
villanueva villar villarosa villarreal villaverde villegas villena vina vinas vincent
vink viola virgilio virk visconti visintini vismara visser viswanathan vittadello
vitturi vivaldi vives viviani vizcaino vo vogt vohra voisin volcke volkov vollbrecht
volta volterra voortman vora vos vrancken vu vumisa vundla vunipola vunisa vyas waahid
waajid waaka waardeloo wable wade wadhwa wadi wadood wafa wafeeq wagenknecht wagenvoort
waghorn wagle wagner wahhaaj wahner waititi waldron wali walia walker wall walla wallace
waller wallis walls walsh walshe walsteijn walter walters walton waltrade_walderade wan
wanda wang waqa ward ware warmer warner warren warrior wasendlunkulu washington wason
waters watkins watson watt watters watts waugh way weaver webb webby weber webster weeks
weeldenburg weerdenburg weever wei weihmann weijland weijters weimer weinhage weinhold
weir weiss weitzel wela welch weldon welf weller wells wen wende wendt weng wensen
werdes wernecke werner wesack west westerbeek westerburg westermann weston wever weyland
weylant weza whaanga whalen wharerau wheeler whelan whelehan whitaker white whitehead
whitehouse whitney whittaker whitty whyte wiek wieloch wiggins wigman wihongi wijland
wilcken wilcox wildschut wiley wilkerson wilkins wilkinson willems willems_van_lier
willemsen williams williamson willis wills wilmont wilms wilmsen wilson wilton winiata
winkler winnrich winter winters wipstrik wirth wise wohlgemut wolf wolfe wolffel wolfsdr
wolfswinkel wolters wolzak wong woo wood woodard woods woodward woolley wooning
woudenberg woulfe wouters wouters_van_eijndhoven woutersz wratt wren wrenn wright wrynn
wu wulf wulff wunderink wutke wyatt wynne xaba xala xhakaza xia xiang xiao xie ximba
xiong xolo xu xue xulu yadav yadid yafir yaghnam yahyaa yaman yan yanez yang yao yar
yasir yates yawer ye yeh yei yen yengwa yengwayo yeo yeung yeyeye yi yin ying yip yoder
yogi yohannan yoo yoon york young youssef yu yuan yueh yuste zaafir zaahid zaahir zaakir
zaal zabala zabaleta zabarella zaccagnini zaccardo zacchia zacco zacharia zachariah
zackariya zafar zafir zafrul zaguri zahaar zaheer zaher zahn zahri zahrun zahur zamengo
zamora zamorani zamorano zampa zanazzo zanichelli zanker zanzi zapata zaragoza zarar
zarlino zavala zayyir zecchini zeemans zeffirelli zeldenrust zeng zetticci zevenboom
zhang zhao zheng zhong zhou zhu ziani zichichi ziegert zijlemans zijlmans zikhungwini
zimmer zimmerman zirme zito zobel zola zoppetti zoppetto zorbach zorrilla zou zuidweg
zuijdveld zuniga zurita zuwayhir zwart zwijsen
"""

package dev.etagfilter.benchmarks.loopback;

import dev.etagfilter.PreconditionFailedException;
import dev.etagfilter.WriteCondition;
import dev.etagfilter.benchmarks.Item;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Two hundred more resource methods (a GET and a PUT under each of {@code /many/r000} to {@code
 * /many/r099}), added to an application so that it has about 200 of them, as a large service does:
 * the feature then resolves, binds and audits 200 policies. The benchmark never requests them; it
 * shows that the feature's work for a request to another method does not grow with their number.
 * One line per method, written by a loop (see the {@code git log} of this file).
 */
@Path("many")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManyResources {

  private final ItemStore store;

  /** Resources over {@code store}. */
  public ManyResources(ItemStore store) {
    this.store = store;
  }

  private Item replace(String id, WriteCondition condition, Item item) {
    return store.replaceIf(id, condition::permits, item)
        .orElseThrow(() -> PreconditionFailedException.withCurrent(store.find(id)));
  }

  @GET @Path("r000/{id}") public Item get000(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r000/{id}") public Item put000(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r001/{id}") public Item get001(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r001/{id}") public Item put001(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r002/{id}") public Item get002(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r002/{id}") public Item put002(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r003/{id}") public Item get003(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r003/{id}") public Item put003(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r004/{id}") public Item get004(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r004/{id}") public Item put004(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r005/{id}") public Item get005(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r005/{id}") public Item put005(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r006/{id}") public Item get006(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r006/{id}") public Item put006(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r007/{id}") public Item get007(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r007/{id}") public Item put007(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r008/{id}") public Item get008(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r008/{id}") public Item put008(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r009/{id}") public Item get009(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r009/{id}") public Item put009(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r010/{id}") public Item get010(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r010/{id}") public Item put010(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r011/{id}") public Item get011(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r011/{id}") public Item put011(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r012/{id}") public Item get012(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r012/{id}") public Item put012(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r013/{id}") public Item get013(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r013/{id}") public Item put013(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r014/{id}") public Item get014(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r014/{id}") public Item put014(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r015/{id}") public Item get015(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r015/{id}") public Item put015(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r016/{id}") public Item get016(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r016/{id}") public Item put016(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r017/{id}") public Item get017(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r017/{id}") public Item put017(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r018/{id}") public Item get018(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r018/{id}") public Item put018(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r019/{id}") public Item get019(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r019/{id}") public Item put019(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r020/{id}") public Item get020(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r020/{id}") public Item put020(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r021/{id}") public Item get021(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r021/{id}") public Item put021(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r022/{id}") public Item get022(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r022/{id}") public Item put022(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r023/{id}") public Item get023(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r023/{id}") public Item put023(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r024/{id}") public Item get024(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r024/{id}") public Item put024(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r025/{id}") public Item get025(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r025/{id}") public Item put025(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r026/{id}") public Item get026(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r026/{id}") public Item put026(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r027/{id}") public Item get027(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r027/{id}") public Item put027(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r028/{id}") public Item get028(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r028/{id}") public Item put028(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r029/{id}") public Item get029(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r029/{id}") public Item put029(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r030/{id}") public Item get030(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r030/{id}") public Item put030(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r031/{id}") public Item get031(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r031/{id}") public Item put031(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r032/{id}") public Item get032(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r032/{id}") public Item put032(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r033/{id}") public Item get033(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r033/{id}") public Item put033(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r034/{id}") public Item get034(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r034/{id}") public Item put034(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r035/{id}") public Item get035(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r035/{id}") public Item put035(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r036/{id}") public Item get036(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r036/{id}") public Item put036(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r037/{id}") public Item get037(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r037/{id}") public Item put037(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r038/{id}") public Item get038(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r038/{id}") public Item put038(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r039/{id}") public Item get039(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r039/{id}") public Item put039(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r040/{id}") public Item get040(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r040/{id}") public Item put040(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r041/{id}") public Item get041(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r041/{id}") public Item put041(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r042/{id}") public Item get042(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r042/{id}") public Item put042(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r043/{id}") public Item get043(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r043/{id}") public Item put043(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r044/{id}") public Item get044(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r044/{id}") public Item put044(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r045/{id}") public Item get045(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r045/{id}") public Item put045(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r046/{id}") public Item get046(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r046/{id}") public Item put046(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r047/{id}") public Item get047(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r047/{id}") public Item put047(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r048/{id}") public Item get048(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r048/{id}") public Item put048(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r049/{id}") public Item get049(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r049/{id}") public Item put049(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r050/{id}") public Item get050(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r050/{id}") public Item put050(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r051/{id}") public Item get051(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r051/{id}") public Item put051(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r052/{id}") public Item get052(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r052/{id}") public Item put052(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r053/{id}") public Item get053(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r053/{id}") public Item put053(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r054/{id}") public Item get054(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r054/{id}") public Item put054(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r055/{id}") public Item get055(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r055/{id}") public Item put055(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r056/{id}") public Item get056(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r056/{id}") public Item put056(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r057/{id}") public Item get057(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r057/{id}") public Item put057(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r058/{id}") public Item get058(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r058/{id}") public Item put058(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r059/{id}") public Item get059(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r059/{id}") public Item put059(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r060/{id}") public Item get060(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r060/{id}") public Item put060(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r061/{id}") public Item get061(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r061/{id}") public Item put061(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r062/{id}") public Item get062(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r062/{id}") public Item put062(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r063/{id}") public Item get063(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r063/{id}") public Item put063(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r064/{id}") public Item get064(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r064/{id}") public Item put064(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r065/{id}") public Item get065(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r065/{id}") public Item put065(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r066/{id}") public Item get066(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r066/{id}") public Item put066(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r067/{id}") public Item get067(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r067/{id}") public Item put067(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r068/{id}") public Item get068(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r068/{id}") public Item put068(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r069/{id}") public Item get069(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r069/{id}") public Item put069(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r070/{id}") public Item get070(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r070/{id}") public Item put070(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r071/{id}") public Item get071(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r071/{id}") public Item put071(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r072/{id}") public Item get072(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r072/{id}") public Item put072(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r073/{id}") public Item get073(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r073/{id}") public Item put073(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r074/{id}") public Item get074(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r074/{id}") public Item put074(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r075/{id}") public Item get075(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r075/{id}") public Item put075(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r076/{id}") public Item get076(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r076/{id}") public Item put076(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r077/{id}") public Item get077(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r077/{id}") public Item put077(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r078/{id}") public Item get078(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r078/{id}") public Item put078(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r079/{id}") public Item get079(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r079/{id}") public Item put079(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r080/{id}") public Item get080(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r080/{id}") public Item put080(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r081/{id}") public Item get081(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r081/{id}") public Item put081(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r082/{id}") public Item get082(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r082/{id}") public Item put082(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r083/{id}") public Item get083(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r083/{id}") public Item put083(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r084/{id}") public Item get084(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r084/{id}") public Item put084(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r085/{id}") public Item get085(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r085/{id}") public Item put085(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r086/{id}") public Item get086(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r086/{id}") public Item put086(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r087/{id}") public Item get087(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r087/{id}") public Item put087(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r088/{id}") public Item get088(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r088/{id}") public Item put088(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r089/{id}") public Item get089(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r089/{id}") public Item put089(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r090/{id}") public Item get090(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r090/{id}") public Item put090(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r091/{id}") public Item get091(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r091/{id}") public Item put091(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r092/{id}") public Item get092(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r092/{id}") public Item put092(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r093/{id}") public Item get093(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r093/{id}") public Item put093(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r094/{id}") public Item get094(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r094/{id}") public Item put094(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r095/{id}") public Item get095(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r095/{id}") public Item put095(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r096/{id}") public Item get096(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r096/{id}") public Item put096(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r097/{id}") public Item get097(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r097/{id}") public Item put097(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r098/{id}") public Item get098(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r098/{id}") public Item put098(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
  @GET @Path("r099/{id}") public Item get099(@PathParam("id") String id) { return store.require(id); }
  @PUT @Path("r099/{id}") public Item put099(@PathParam("id") String id, @BeanParam WriteCondition c, Item item) { return replace(id, c, item); }
}
